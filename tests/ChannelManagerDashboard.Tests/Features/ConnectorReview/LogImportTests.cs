using System.Text;
using ChannelManagerDashboard.Features.ConnectorReview;

namespace ChannelManagerDashboard.Tests.Features.ConnectorReview;

public sealed class LogImportTests
{
    private const string Body = """{"ClientToken":"E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D","AccessToken":"C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D","Client":"Sample 1.0.0"}""";

    [Fact]
    public void Tokens_become_redacted_and_the_access_token_leaves_only_a_hash()
    {
        var (body, hash) = TokenRedaction.Redact(Body);

        Assert.Equal("""{"ClientToken":"[redacted]","AccessToken":"[redacted]","Client":"Sample 1.0.0"}""", body);
        Assert.Equal(TokenRedaction.Hash("C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"), hash);
        Assert.Equal(16, hash!.Length);
        // A body cut mid-way is redacted too.
        Assert.DoesNotContain("C66EF7", TokenRedaction.Redact(Body[..150]).Body);
    }

    [Fact]
    public void JSON_Lines_give_one_request_a_line_and_name_each_bad_line_with_its_number()
    {
        var log = string.Join('\n',
            $$$"""{"timeUtc":"2026-11-30T14:05:09Z","method":"post","url":"https://api.mews-demo.com/api/connector/v1/configuration/get","status":200,"durationMs":84.5,"requestBody":{{{Body}}},"responseHeaders":{"request-id":"r-1"}}""",
            "",
            "not json",
            """{"timeUtc":"yesterday","method":"POST","url":"https://api.mews-demo.com/x","status":200,"durationMs":1,"requestBody":"{}"}""",
            """{"timeUtc":"2026-11-30T14:06:00Z","method":"POST","url":"https://api.mews-demo.com/api/connector/v1/services/getAll","status":429,"durationMs":3,"requestBody":"{}","responseHeaders":{"Retry-After":"12"}}""");

        var entries = JsonLinesLog.Read(new StringReader(log)).ToList();

        var requests = entries.Select(e => e.Request).OfType<ConnectorRequest>().ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal((0, "POST", "/api/connector/v1/configuration/get", 200, "r-1"), (requests[0].Index, requests[0].Method, requests[0].Path, requests[0].Status, requests[0].RequestId));
        Assert.DoesNotContain("C66EF7", requests[0].RequestBody);
        Assert.NotNull(requests[0].AccessTokenHash);
        Assert.Equal((1, TimeSpan.FromSeconds(12)), (requests[1].Index, requests[1].RetryAfter!.Value));
        Assert.Equal([3, 4], entries.Select(e => e.Bad).OfType<BadLine>().Select(b => b.Line));
        Assert.Contains("timeUtc 'yesterday' is not a time", entries[2].Bad!.Problem);
    }

    [Fact]
    public void CSV_takes_the_same_columns_in_any_order_and_a_header_without_them_is_refused()
    {
        var csv = "status,timeUtc,method,url,durationMs,requestBody,requestId\n" +
                  "200,2026-11-30T14:05:09Z,POST,https://api.mews-demo.com/api/connector/v1/configuration/get,84,\"{\"\"Client\"\":\"\"Sample 1.0.0\"\"}\",r-1\n" +
                  "abc,2026-11-30T14:05:10Z,POST,https://api.mews-demo.com/api/connector/v1/configuration/get,84,{},r-2\n";

        var entries = CsvLog.Read(new StringReader(csv)).ToList();

        Assert.Equal("""{"Client":"Sample 1.0.0"}""", entries[0].Request!.RequestBody);
        Assert.Equal((3, "status 'abc' is not an HTTP status code (100–599)."), (entries[1].Bad!.Line, entries[1].Bad!.Problem));
        Assert.Contains("the header lacks durationMs", Assert.Single(CsvLog.Read(new StringReader("timeUtc,method,url,status,requestBody\n"))).Bad!.Problem);
    }

    [Fact]
    public void A_HAR_file_gives_one_request_an_entry_with_its_headers_and_a_broken_entry_is_named()
    {
        var har = $$$"""
            {"log":{"version":"1.2","entries":[
              {"startedDateTime":"2026-11-30T14:05:09.123Z","time":84.2,
               "request":{"method":"POST","url":"https://api.mews-demo.com/api/connector/v1/reservations/getAll/2023-06-06","headers":[{"name":"Content-Type","value":"application/json"}],
                          "postData":{"mimeType":"application/json","text":{{{System.Text.Json.JsonSerializer.Serialize(Body)}}}}},
               "response":{"status":429,"headers":[{"name":"Retry-After","value":"30"},{"name":"Request-Id","value":"r-9"}]}},
              {"startedDateTime":"2026-11-30T14:05:10Z"}
            ]}}
            """;

        var entries = HarLog.Read(new MemoryStream(Encoding.UTF8.GetBytes(har))).ToList();

        var request = entries[0].Request!;
        Assert.Equal(("/api/connector/v1/reservations/getAll/2023-06-06", 429, "application/json", "r-9"), (request.Path, request.Status, request.ContentType, request.RequestId));
        Assert.Equal(TimeSpan.FromSeconds(30), request.RetryAfter);
        Assert.DoesNotContain("C66EF7", request.RequestBody);
        Assert.Equal("entry 2 has no request and response objects.", entries[1].Bad!.Problem);
        Assert.Contains("not JSON", Assert.Single(HarLog.Read(new MemoryStream("{"u8.ToArray()))).Bad!.Problem);
    }

    private static string HarEntry(int i, int bodyChars = 0) => $$$"""
        {"startedDateTime":"2026-11-28T08:{{{i / 60 % 60:00}}}:{{{i % 60:00}}}.000Z","time":{{{80 + i % 7}}},"request":{"method":"POST","url":"https://api.mews-demo.com/api/connector/v1/configuration/get",
         "headers":[{"name":"Content-Type","value":"application/json"}],"postData":{"mimeType":"application/json","text":"{\"Client\":\"Sample 1.0.0\",\"Note\":\"{{{new string('x', bodyChars)}}}\"}"} },
         "response":{"status":200,"headers":[{"name":"Request-Id","value":"r-{{{i}}}"}],"content":{"size":2,"text":"{}"} } }
        """;

    [Fact]
    public void A_large_HAR_is_read_entry_by_entry_across_chunks_and_an_entry_larger_than_a_chunk_still_reads()
    {
        var entries = Enumerable.Range(0, 3000).Select(i => HarEntry(i, i == 1500 ? 3 * HarLog.ChunkBytes : 0));
        var har = $$$"""{"log":{"version":"1.2","creator":{"name":"mitmproxy","version":"10"},"entries":[{{{string.Join(",", entries)}}}]}}""";
        Assert.True(har.Length > 10 * HarLog.ChunkBytes);

        var read = HarLog.Read(new MemoryStream(Encoding.UTF8.GetBytes(har))).ToList();

        Assert.Equal(3000, read.Count(e => e.Request is not null));
        Assert.DoesNotContain(read, e => e.Bad is not null);
        Assert.Equal(Enumerable.Range(0, 3000), read.Select(e => e.Request!.Index));
        Assert.Equal("r-2999", read[^1].Request!.RequestId);
        Assert.True(read[1500].Request!.RequestBody.Length > 3 * HarLog.ChunkBytes);
    }

    [Fact]
    public void A_HAR_cut_off_keeps_the_entries_before_the_cut_and_says_the_rest_is_not_JSON()
    {
        var har = $$$"""{"log":{"entries":[{{{HarEntry(0)}}},{{{HarEntry(1)}}},{"request":""";

        var read = HarLog.Read(new MemoryStream(Encoding.UTF8.GetBytes(har))).ToList();

        Assert.Equal(2, read.Count(e => e.Request is not null));
        Assert.Contains("not JSON", read[^1].Bad!.Problem);
    }

    [Fact]
    public void CSV_is_read_record_by_record_with_bodies_quoted_across_lines()
    {
        var csv = "timeUtc,method,url,status,durationMs,requestBody\n" +
                  "2026-11-28T08:00:00Z,POST,https://api.mews-demo.com/api/connector/v1/configuration/get,200,80,\"{\"\"Client\"\":\n\"\"Sample 1.0.0\"\"}\"\n" +
                  "2026-11-28T08:00:01Z,POST,https://api.mews-demo.com/api/connector/v1/configuration/get,abc,80,{}\n";

        var read = CsvLog.Read(new StringReader(csv)).ToList();

        Assert.Equal("{\"Client\":\n\"Sample 1.0.0\"}", read[0].Request!.RequestBody);
        Assert.Equal(4, read[1].Bad!.Line);
        Assert.Contains("status 'abc'", read[1].Bad!.Problem);
    }
}
