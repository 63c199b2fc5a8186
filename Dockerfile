# Build with the .NET SDK, run the self-contained net9.0 app (see shared BUILD notes: only this serves blazor.web.js).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/ChannelManagerDashboard -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime-deps:9.0
WORKDIR /app
COPY --from=build /app .
ENV Dashboard__DataFolder=/data \
    Urls=http://0.0.0.0:8080
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["./ChannelManagerDashboard"]
