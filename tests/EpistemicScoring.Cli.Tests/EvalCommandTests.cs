namespace EpistemicScoring.Cli.Tests;

public class EvalCommandTests
{
    [Fact]
    public void Eval_Uncertainty_PrintsPrecisionRecallF1()
    {
        string data = CliRunner.TempFile(".jsonl", string.Join("\n",
            "{\"text\":\"The drug may reduce symptoms.\",\"uncertain\":true}",
            "{\"text\":\"The river flows north.\",\"uncertain\":false}",
            "{\"text\":\"It is unclear whether the bridge opened.\",\"uncertain\":true}") + "\n");
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "uncertainty", "--data", data);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("precision", r.Out, StringComparison.Ordinal);
            Assert.Contains("F1", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void Eval_MissingData_Exit2()
    {
        CliResult r = CliRunner.Run("eval", "--task", "uncertainty", "--data", CliRunner.TempFile(".jsonl"));
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void Eval_UnknownTask_Exit2()
    {
        Assert.Equal(2, CliRunner.Run("eval", "--task", "astrology", "--data", "x").ExitCode);
    }
}

public class DocumentAndVerdictEvalTests
{
    private static string Articles()
    {
        string good = File.ReadAllText(CliRunner.SamplePath("well-sourced-report.txt"));
        string poor = File.ReadAllText(CliRunner.SamplePath("unnamed-officials.txt"));
        string opinion = File.ReadAllText(CliRunner.SamplePath("opinion-column.txt"));
        var lines = new[]
        {
            System.Text.Json.JsonSerializer.Serialize(new { id = "a", text = good, label = "real", sourceReferencing = "high", truthfulness = "high" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "b", text = poor, label = "fake", sourceReferencing = "low", truthfulness = "moderate" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "c", text = opinion, label = "satire", laws = new { sourceReferencing = "low" } }),
        };
        return CliRunner.TempFile(".jsonl", string.Join("\n", lines) + "\n");
    }

    [Fact]
    public void Eval_Document_PrintsAucTable_AndWritesHtmlReport()
    {
        string data = Articles();
        string html = CliRunner.TempFile(".html");
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "document", "--data", data, "--report", html);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("ROC AUC", r.Out, StringComparison.Ordinal);
            Assert.Contains("length (baseline)", r.Out, StringComparison.Ordinal);
            Assert.Contains("sourceReferencing", r.Out, StringComparison.Ordinal);
            string page = File.ReadAllText(html);
            Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(page, "<svg "));
            Assert.Contains("<polyline", page, StringComparison.Ordinal);
            Assert.Contains("<rect", page, StringComparison.Ordinal);
            Assert.DoesNotContain("data:image/png", page, StringComparison.Ordinal);
            System.Xml.Linq.XDocument.Parse(page[page.IndexOf("<svg ", StringComparison.Ordinal)..(page.IndexOf("</svg>", StringComparison.Ordinal) + 6)]);
        }
        finally
        {
            File.Delete(data);
            File.Delete(html);
        }
    }

    [Fact]
    public void Eval_Document_FromBatchPredictions_GivesSameFiguresAsScoring()
    {
        string data = Articles();
        string predictions = CliRunner.TempFile(".jsonl");
        try
        {
            Assert.Equal(0, CliRunner.Run("batch", "--input", data, "--output", predictions).ExitCode);
            CliResult fromTexts = CliRunner.Run("eval", "--task", "document", "--data", data, "--json");
            CliResult fromBatch = CliRunner.Run("eval", "--task", "document", "--data", data, "--json", "--predictions", predictions);
            Assert.Equal(0, fromBatch.ExitCode);
            using var a = System.Text.Json.JsonDocument.Parse(fromTexts.Out);
            using var b = System.Text.Json.JsonDocument.Parse(fromBatch.Out);
            Assert.Equal(a.RootElement.GetProperty("separation").GetRawText(), b.RootElement.GetProperty("separation").GetRawText());
        }
        finally
        {
            File.Delete(data);
            File.Delete(predictions);
        }
    }

    [Fact]
    public void Eval_Verdicts_PrintsAgreementAndConfusion()
    {
        string data = Articles();
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "verdicts", "--data", data, "--json");
            Assert.Equal(0, r.ExitCode);
            using var doc = System.Text.Json.JsonDocument.Parse(r.Out);
            var laws = doc.RootElement.GetProperty("laws").EnumerateArray().ToList();
            var source = laws.Single(l => l.GetProperty("law").GetString() == "sourceReferencing");
            Assert.Equal(3, source.GetProperty("count").GetInt32());
            Assert.Equal(4, source.GetProperty("confusion").GetArrayLength());
            Assert.InRange(source.GetProperty("accuracy").GetDouble(), 0, 1);
        }
        finally
        {
            File.Delete(data);
        }
    }
}

public class NumbersEvalTests
{
    [Fact]
    public void Eval_Numbers_ReportsProbesPerCase_AndFalseAlarmsOnRealArticles()
    {
        const string Real = "The museum sold 4,000 tickets on Friday. It sold 3,500 on Saturday, the director said.";
        const string Fake = "A grant of $12 million and a loan of $5 million add up to $19 million, the mayor said.";
        string articles = CliRunner.TempFile(".jsonl", string.Join("\n",
            System.Text.Json.JsonSerializer.Serialize(new { id = "r1", text = Real, label = "real" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "r2", text = Fake, label = "real" }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "f1", text = Fake, label = "fake" })) + "\n");
        string tsv = CliRunner.TempFile(".tsv", "id\tstart\tend\tkind\tvalue\tunit\tapprox\ttext\nr1\t16\t29\tCOUNT\t4000\t\tfalse\t4,000 tickets\n");
        string probes = CliRunner.TempFile(".jsonl", string.Join("\n",
            System.Text.Json.JsonSerializer.Serialize(new { id = "T1:intact", @case = "T1", version = "intact", expect_flag = false, text = "A grant of $12 million and a loan of $5 million add up to $17 million." }),
            System.Text.Json.JsonSerializer.Serialize(new { id = "T1:broken", @case = "T1", version = "broken", expect_flag = true, text = Fake })) + "\n");
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "numbers", "--data", tsv, "--articles", articles, "--probes", probes);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("probes (", r.Out, StringComparison.Ordinal);
            Assert.Contains("1 cases, 1 right; broken 1/1 flagged, intact 0/1 flagged", r.Out, StringComparison.Ordinal);
            Assert.Contains("ok  T1", r.Out, StringComparison.Ordinal);
            Assert.Contains("real articles (all): 1 of 2 carry an inconsistent or contradicted figure", r.Out, StringComparison.Ordinal);

            CliResult json = CliRunner.Run("eval", "--task", "numbers", "--data", tsv, "--articles", articles, "--probes", probes, "--json");
            using var doc = System.Text.Json.JsonDocument.Parse(json.Out);
            Assert.Equal(1, doc.RootElement.GetProperty("probes").GetProperty("casesRight").GetInt32());
            Assert.Equal(2, doc.RootElement.GetProperty("realArticles").GetProperty("articles").GetInt32());
        }
        finally
        {
            File.Delete(articles);
            File.Delete(tsv);
            File.Delete(probes);
        }
    }
}
