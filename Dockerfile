# Build with the .NET 10 SDK; run framework-dependent on the ASP.NET Core 10 runtime.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH=amd64
WORKDIR /src
COPY . .
# For the image's architecture, so the project compiles its code ahead of time (a faster start).
RUN dotnet publish src/ChannelManagerDashboard -c Release -a $TARGETARCH --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# /app as in the .NET 9 image: tokens that release saved are found and encrypted again at the first start.
WORKDIR /app
COPY --from=build /app .
ENV Dashboard__DataFolder=/data \
    Urls=http://0.0.0.0:8080
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "ChannelManagerDashboard.dll"]
