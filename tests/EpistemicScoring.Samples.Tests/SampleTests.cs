using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EpistemicScoring.Reports;
using EpistemicScoring.Samples.Tests.Support;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Samples.Tests;

/// <summary>Each sample, built with the solution, runs and does what its opening comment says.</summary>
public sealed partial class SampleTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    private static readonly string[] s_lawJsonNames =
        ["truthfulness", "sourceReferencing", "reliabilityAccuracy", "contextualJudgment", "inferenceTraceability"];

    [Fact]
    public void QuickStart_PrintsEachLawAsTheLibraryScoresTheDraft()
    {
        string folder = Path.Combine(Repo.Samples, "QuickStart");
        ProcessResult run = Run(folder, "QuickStart");

        Assert.True(run.ExitCode == 0, run.ToString());
        EpistemicReport report = EpistemicScorer.CreateDefault().Score(File.ReadAllText(Path.Combine(folder, "draft.txt")));
        string[] expected = [.. report.Laws.Select(static law => $"{law.Law.Title()}: {law.Verdict} ({law.Score:0}) {law.Rationale[0]}")];
        Assert.Equal(expected, Lines(run.Output));
        Assert.Contains(report.Laws, static l => l.Verdict != Verdict.Insufficient);
    }

    [Fact]
    public void CustomRule_PassesItsExamplesAndFindsTheReaderAddressedBothWays()
    {
        ProcessResult run = Run(Repo.Samples, "CustomRule");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("ACME001 passes its examples.", run.Output, StringComparison.Ordinal);
        string[] sections = run.Output.Split("-- ", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, sections.Length);
        Assert.StartsWith("builder:", sections[1], StringComparison.Ordinal);
        Assert.StartsWith("dependency injection:", sections[2], StringComparison.Ordinal);
        foreach (string section in sections[1..])
        {
            // "Ask yourself", "your pension fund", "You will hear": three findings of the custom rule in each scorer.
            Assert.Equal(3, Regex.Count(section, @"^ACME001 +-0\.10 Addresses the reader$", RegexOptions.Multiline));
            Assert.Matches(@"(?m)^EPS202 .*A well-placed source$", section);
        }

        // The builder's scorer weighs EPS202 at -0.5 instead of the default, so its finding weighs more.
        Assert.True(Eps202Weight(sections[1]) < Eps202Weight(sections[2]), run.Output);
    }

    [Fact]
    public void DependencyInjection_OneSingletonScorerTellsASourcedDraftFromAnUnsourcedOne()
    {
        ProcessResult run = Run(Repo.Samples, "DependencyInjection");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = Lines(run.Output);
        Assert.Equal(3, lines.Length);
        double sourced = OverallScore(lines[0]);
        double unsourced = OverallScore(lines[1]);
        Assert.True(sourced > unsourced + 15, run.Output);
        Assert.Contains("Low; weakest: Source Referencing", lines[1], StringComparison.Ordinal);
        Assert.Equal("One scorer for the whole application: True", lines[2]);
    }

    [Fact]
    public void FactPack_ChecksFiguresAgainstThePackAndAgainstAFactOfTheRequest()
    {
        ProcessResult run = Run(Repo.Samples, "FactPack");

        Assert.True(run.ExitCode == 0, run.ToString());
        string[] lines = Lines(run.Output);
        Assert.Equal("3 facts from facts.json", lines[0]);
        Assert.Matches(@"^Reference +Contradicted +\$52 million: .*harbor city seawall", lines[1]);
        Assert.Matches(@"^Reference +Confirmed +\$30 million: .*state resilience grant", lines[2]);
        Assert.Matches(@"^Reference +Confirmed +\$22 million: .*the city's bond prospectus", lines[3]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void BatchResearch_WritesReportsAndRowsInInputOrderWithFailedRecordsInTheirPlace()
    {
        string dir = Directory.CreateTempSubdirectory("epistemic-batch-sample-").FullName;
        try
        {
            string[] texts =
            [
                "The ferry will stop running at 10 p.m. from June, the operator's manager Ines Vale said on Monday.",
                "Everyone knows the ferry is a disgrace and it will clearly never improve.",
                "Ridership rose 12% last year to 1.4 million trips, according to the port authority's annual report, which was published in March.",
            ];
            var corpus = new List<string>
            {
                JsonSerializer.Serialize(new { id = "a", text = texts[0] }),
                "{ this line is not JSON",
                JsonSerializer.Serialize(new { id = "b", text = texts[1] }),
                string.Empty,
                JsonSerializer.Serialize(new { id = "no-text", body = "x" }),
            };
            // Enough records for several chunks of 256, so that order across chunks and threads is tested too.
            for (int i = 0; i < 600; i++)
            {
                corpus.Add(JsonSerializer.Serialize(new { id = $"r{i}", text = texts[i % 3] + $" It was the {i}th notice." }));
            }

            File.WriteAllLines(Path.Combine(dir, "in.jsonl"), corpus);
            ProcessResult run = Processes.DotnetRun(dir, s_timeout, null, Repo.SampleDll("BatchResearch"), "in.jsonl", "out", "--parallel", "2");

            Assert.True(run.ExitCode == 3, run.ToString());   // two records failed; the others were scored
            Assert.Contains("604 records scored, 2 failed, 2 threads", run.Output, StringComparison.Ordinal);
            string[] reports = File.ReadAllLines(Path.Combine(dir, "out", "reports.jsonl"));
            string[] rows = File.ReadAllLines(Path.Combine(dir, "out", "summary.csv"));
            Assert.Equal(604, reports.Length);
            Assert.Equal(605, rows.Length);
            Assert.All(rows.Where(static (_, i) => i == 0 || i > 4), static r => Assert.Equal(17, r.Count(static c => c == ',')));

            EpistemicScorer scorer = EpistemicScorer.CreateDefault();
            Assert.Equal(ReportJson.Serialize(scorer.Score(new ScoringRequest(texts[0]) { Id = "a" })), reports[0]);
            Assert.Equal(2, JsonNode.Parse(reports[1])!["line"]!.GetValue<int>());
            Assert.StartsWith("not JSON", JsonNode.Parse(reports[1])!["error"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("b", JsonNode.Parse(reports[2])!["id"]!.GetValue<string>());
            Assert.Equal("no-text", JsonNode.Parse(reports[3])!["id"]!.GetValue<string>());
            Assert.Equal("no string field 'text'", JsonNode.Parse(reports[3])!["error"]!.GetValue<string>());
            for (int i = 0; i < 600; i++)
            {
                JsonNode report = JsonNode.Parse(reports[4 + i])!;
                Assert.Equal($"r{i}", report["id"]!.GetValue<string>());
                Assert.Equal(s_lawJsonNames, report["laws"]!.AsArray().Select(static l => l!["law"]!.GetValue<string>()));
                Assert.StartsWith($"r{i},{6 + i},", rows[5 + i], StringComparison.Ordinal);
            }

            EpistemicReport last = scorer.Score(texts[599 % 3] + " It was the 599th notice.");
            string[] lastRow = rows[^1].Split(',');
            Assert.Equal(last.Overall.Score.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), lastRow[2]);
            Assert.Equal(last.Overall.Verdict.ToString().ToLowerInvariant(), lastRow[3]);
            Assert.StartsWith("id,line,overall_score,overall_verdict,truthfulness_score,truthfulness_verdict,", rows[0], StringComparison.Ordinal);
            Assert.EndsWith(",named_sources,unnamed_sources,figures,error", rows[0], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Classifier_CrossValidatesTrainsSavesAndReadsBackAModel()
    {
        string dir = Directory.CreateTempSubdirectory("epistemic-classifier-sample-").FullName;
        try
        {
            foreach (string file in new[] { "labelled.tsv", "draft.txt" })
            {
                File.Copy(Path.Combine(Repo.Samples, "Classifier", file), Path.Combine(dir, file));
            }

            ProcessResult run = Processes.DotnetRun(dir, s_timeout, null, Repo.SampleDll("Classifier"));

            Assert.True(run.ExitCode == 0, run.ToString());
            string[] lines = Lines(run.Output);
            Match cv = Regex.Match(lines[0], @"^48 labelled articles, 24 real; cross-validated ROC AUC (\d\.\d{3})$");
            Assert.True(cv.Success, run.Output);
            // The made-up "real" articles mostly name their sources and the "fake" ones mostly do not.
            Assert.True(double.Parse(cv.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0.8, run.Output);
            Match p = Regex.Match(lines[1], @"^model\.zip written; P\(real\) for draft\.txt: (\d\.\d{3})$");
            Assert.True(p.Success, run.Output);
            Assert.InRange(double.Parse(p.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 0, 1);
            Assert.True(new FileInfo(Path.Combine(dir, "model.zip")).Length > 0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task EditorialService_ServesThePageAndScoresWithTheFactPackOfItsSettings()
    {
        var info = Processes.Info(Processes.Dotnet, Repo.Samples, [Repo.SampleDll("EditorialService"), "--urls", "http://127.0.0.1:0"]);
        (System.Diagnostics.Process process, Uri address) = await Processes.StartServerAsync(info, ListeningLine(), s_timeout);
        try
        {
            Assert.Equal("127.0.0.1", address.Host);
            using var http = new HttpClient { BaseAddress = address, Timeout = s_timeout };

            string page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
            Assert.Contains("<title>Editorial check", page, StringComparison.Ordinal);
            Assert.Equal("{\"status\":\"ok\"}", await http.GetStringAsync(new Uri("/health", UriKind.Relative)));

            const string Text = "Harbor City will spend $52 million on its seawall, the mayor said on Monday.";
            using HttpResponseMessage response = await http.PostAsJsonAsync(new Uri("/score", UriKind.Relative), new { text = Text });
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            JsonNode report = JsonNode.Parse(body)!;
            Assert.Equal(s_lawJsonNames, report["laws"]!.AsArray().Select(static l => l!["law"]!.GetValue<string>()));
            // appsettings.json names samples/facts/facts.json, whose seawall costs $48 million.
            JsonNode check = Assert.Single(report["numericChecks"]!.AsArray())!;
            Assert.Equal("reference", check["kind"]!.GetValue<string>());
            Assert.Equal("contradicted", check["status"]!.GetValue<string>());
        }
        finally
        {
            Processes.Stop(process);
            process.Dispose();
        }
    }

    private static ProcessResult Run(string workingDirectory, string sample) =>
        Processes.DotnetRun(workingDirectory, s_timeout, null, Repo.SampleDll(sample));

    private static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => l.TrimEnd('\r')).ToArray();

    private static double OverallScore(string line) =>
        double.Parse(Regex.Match(line, @"^overall (\d+[.,]\d)").Groups[1].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);

    private static double Eps202Weight(string section) =>
        double.Parse(Regex.Match(section, @"(?m)^EPS202 +(-\d\.\d\d)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
