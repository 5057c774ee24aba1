using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EpistemicScoring.Serialization;
using EpistemicScoring.Server.Tests.Support;

namespace EpistemicScoring.Server.Tests;

/// <summary>The editorial service over real HTTP on 127.0.0.1.</summary>
public sealed class ScoreEndpointTests : IAsyncLifetime
{
    private const long Limit = 64 * 1024;
    private readonly EpistemicScorer _scorer = EpistemicScorer.CreateDefault();
    private EditorialServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _server = EditorialServer.Create(_scorer, new EditorialServiceOptions { Port = 0, MaxRequestBytes = Limit });
        await _server.StartAsync();
        _http = new HttpClient { BaseAddress = _server.Address };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public void Server_ListensOnLoopbackOnly()
    {
        Assert.Equal("127.0.0.1", _server.Address!.Host);
        Assert.NotEqual(0, _server.Address.Port);
    }

    [Fact]
    public async Task Score_Text_ReturnsTheFiveLawReportAsTheScoreCommandWritesIt()
    {
        using HttpResponseMessage response = await _http.PostAsJsonAsync("/score", new { text = Drafts.Seawall });
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        JsonNode report = JsonNode.Parse(body)!;
        Assert.Equal(
            ["truthfulness", "sourceReferencing", "reliabilityAccuracy", "contextualJudgment", "inferenceTraceability"],
            report["laws"]!.AsArray().Select(l => l!["law"]!.GetValue<string>()));
        Assert.Equal(ReportJson.Serialize(_scorer.Score(Drafts.Seawall)), body);
    }

    [Fact]
    public async Task Score_ProfileTitleAndFacts_ReachTheScorer()
    {
        var request = new
        {
            text = Drafts.Seawall,
            title = "Harbor board approves seawall",
            profile = "opinion",
            id = "draft-3",
            facts = new[] { new { key = "seawall", value = 52_000_000.0, unit = "USD", source = "the board's budget" } },
        };
        using HttpResponseMessage response = await _http.PostAsJsonAsync("/score", request);
        string body = await response.Content.ReadAsStringAsync();
        JsonNode report = JsonNode.Parse(body)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("opinion", report["profile"]!.GetValue<string>());
        Assert.Equal("draft-3", report["id"]!.GetValue<string>());
        string expected = ReportJson.Serialize(_scorer.Score(new ScoringRequest(Drafts.Seawall)
        {
            Id = "draft-3",
            Profile = TextProfile.Opinion,
            Metadata = new Dictionary<string, string> { ["title"] = "Harbor board approves seawall" },
            Facts = Analysis.FactPack.ParseJson("""[{"key": "seawall", "value": 52000000, "unit": "USD", "source": "the board's budget"}]"""),
        }));
        Assert.Equal(expected, body);
    }

    [Theory]
    [InlineData("not json", "invalid_json")]
    [InlineData("[1, 2]", "not_an_object")]
    [InlineData("{\"title\": \"x\"}", "missing_text")]
    [InlineData("{\"text\": 42}", "text_not_string")]
    [InlineData("{\"text\": \"x\", \"profile\": \"sermon\"}", "invalid_profile")]
    [InlineData("{\"text\": \"x\", \"profile\": \"2\"}", "invalid_profile")]
    [InlineData("{\"text\": \"x\", \"facts\": [{\"key\": \"k\"}]}", "invalid_facts")]
    public async Task Score_UnusableBody_Is400WithACode(string body, string code)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _http.PostAsync("/score", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using JsonDocument error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, error.RootElement.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Score_BodyOverTheLimit_Is413()
    {
        string text = new('a', (int)Limit + 10);
        using HttpResponseMessage response = await _http.PostAsJsonAsync("/score", new { text });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Score_ChunkedBodyOverTheLimit_Is413()
    {
        // No Content-Length: the limit is enforced while reading.
        using var content = new PushStreamContent(new string('b', (int)Limit * 2));
        using HttpResponseMessage response = await _http.PostAsync("/score", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Health_IsOk()
    {
        using HttpResponseMessage response = await _http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"status\":\"ok\"}", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/", "text/html", "<textarea id=\"draft\"")]
    [InlineData("/app.js", "text/javascript", "fetch(\"/score\"")]
    [InlineData("/app.css", "text/css", ".verdicts")]
    public async Task Page_IsServedWithAStrictContentSecurityPolicy(string path, string mediaType, string contains)
    {
        using HttpResponseMessage response = await _http.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(contains, body, StringComparison.Ordinal);
        string csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageScript_NeverTurnsStringsIntoMarkup()
    {
        string script = await _http.GetStringAsync("/app.js");

        foreach (string sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Page_LoadsNothingFromAnotherOrigin()
    {
        string page = await _http.GetStringAsync("/");

        Assert.DoesNotContain("http://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", page, StringComparison.Ordinal);
        Assert.DoesNotContain("//cdn", page, StringComparison.Ordinal);
    }

    /// <summary>A body sent without Content-Length (chunked).</summary>
    private sealed class PushStreamContent(string text) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            byte[] bytes = Encoding.UTF8.GetBytes("{\"text\": \"" + text + "\"}");
            for (int i = 0; i < bytes.Length; i += 8192)
            {
                await stream.WriteAsync(bytes.AsMemory(i, Math.Min(8192, bytes.Length - i)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
