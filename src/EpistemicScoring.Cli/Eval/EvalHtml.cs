using System.Globalization;
using System.Net;
using System.Text;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>Writes the evaluation reports as one self-contained HTML file with charts as inline SVG (<see cref="SvgChart"/>).</summary>
internal static class EvalHtml
{
    public static void WriteDocumentReport(string path, DocumentEvalResult result, List<(ScoredDocument Doc, string Label)> docs, Func<EpistemicReport, double>? classifier = null)
    {
        var inv = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        body.Append(inv, $"<p>{result.Documents} documents; positive label <b>{Enc(result.PositiveLabel)}</b>; {string.Join(", ", result.Labels.Select(kv => $"{kv.Value} {Enc(kv.Key)}"))}.</p>");
        body.Append("<h2>Separation</h2><table><tr><th>score</th><th>ROC AUC</th><th>AUC, length-matched</th><th>pairs</th></tr>");
        foreach (SeparationFigures s in result.Separation)
        {
            body.Append(inv, $"<tr><td>{Enc(s.Score)}</td><td>{s.RocAuc:0.000}</td><td>{s.LengthMatchedAuc:0.000}</td><td>{s.LengthMatchedPairs}</td></tr>");
        }

        body.Append("</table>");
        if (result.Classifier is ClassifierInfo c)
        {
            body.Append(inv, $"<p>The row <b>classifier</b> is the probability of <b>{Enc(c.PositiveLabel)}</b> given by the model {Enc(c.Model)} ({Enc(c.Algorithm)}, trained on {c.TrainingExamples} documents).</p>");
        }

        body.Append(RocChart(result.PositiveLabel, docs, classifier));
        body.Append("<h2>Overall score by label</h2>");
        body.Append(HistogramChart(docs));
        body.Append("<h2>Verdicts by law</h2>");
        body.Append(VerdictChart(result));
        body.Append("<h2>Rule firing rates</h2>");
        body.Append(FiringChart(result));
        body.Append("<table><tr><th>rule</th>");
        string[] labels = [.. result.Labels.Keys];
        foreach (string l in labels)
        {
            body.Append(inv, $"<th>{Enc(l)}</th>");
        }

        body.Append("</tr>");
        foreach ((string rule, Dictionary<string, double> rates) in result.RuleFiringRates)
        {
            body.Append(inv, $"<tr><td>{Enc(rule)}</td>");
            foreach (string l in labels)
            {
                body.Append(inv, $"<td>{rates.GetValueOrDefault(l):P0}</td>");
            }

            body.Append("</tr>");
        }

        body.Append("</table>");
        Write(path, "Document evaluation", body.ToString());
    }

    public static void WriteVerdictReport(string path, int documents, List<LawAgreement> results)
    {
        var inv = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        body.Append(inv, $"<p>{documents} documents.</p><table><tr><th>law</th><th>n</th><th>accuracy</th><th>macro-F1</th><th>kappa (quadratic)</th></tr>");
        foreach (LawAgreement a in results)
        {
            body.Append(inv, $"<tr><td>{Enc(a.Law)}</td><td>{a.Count}</td><td>{a.Accuracy:0.000}</td><td>{a.MacroF1:0.000}</td><td>{a.QuadraticKappa:0.000}</td></tr>");
        }

        body.Append("</table>");
        double[] kappas = [.. results.Select(r => double.IsNaN(r.QuadraticKappa) ? 0 : r.QuadraticKappa)];
        body.Append(SvgChart.Bars("Quadratic-weighted kappa by law", "kappa", [.. results.Select(r => r.Law)], ["kappa"], [kappas]));
        foreach (LawAgreement a in results)
        {
            body.Append(inv, $"<h3>{Enc(a.Law)}</h3><table><tr><th>gold \\ predicted</th>");
            foreach (string c in a.Categories)
            {
                body.Append(inv, $"<th>{c}</th>");
            }

            body.Append("</tr>");
            for (int i = 0; i < a.Categories.Length; i++)
            {
                body.Append(inv, $"<tr><th>{a.Categories[i]}</th>{string.Concat(a.Confusion[i].Select(c => $"<td>{c}</td>"))}</tr>");
            }

            body.Append("</table>");
        }

        Write(path, "Verdict agreement", body.ToString());
    }

    public static void WriteWritingReport(string path, WritingEvalResult result)
    {
        var inv = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        body.Append(inv, $"<p>{result.Articles} articles ({Enc(result.Half)}), {result.Spans} technique spans; density {result.DensityMin:0.00} to {result.DensityMax:0.00} spans per 100 words (median {result.DensityMedian:0.00}). Intervals: 95%, bootstrap over articles.</p>");
        body.Append("<h2>Scores against technique density</h2><table><tr><th>score</th><th>Spearman</th><th>95% interval</th><th>concordance, clear pairs</th><th>95% interval</th><th>pairs</th></tr>");
        foreach (CorrelationFigures c in result.Correlations)
        {
            body.Append(inv, $"<tr><td>{Enc(c.Score)}</td><td>{c.Spearman:0.000}</td><td>{c.SpearmanLow:0.000} to {c.SpearmanHigh:0.000}</td><td>{c.Concordance:0.000}</td><td>{c.ConcordanceLow:0.000} to {c.ConcordanceHigh:0.000}</td><td>{c.ClearPairs}</td></tr>");
        }

        body.Append("</table>");
        if (result.Baseline is BaselineFigures b)
        {
            body.Append(inv, $"<p>Baseline ({b.Articles} articles): Spearman {b.Spearman:0.000}, concordance {b.Concordance:0.000}; the scorer under test has the more negative Spearman in {b.SpearmanBetterShare:P0} of resamples and the higher concordance in {b.ConcordanceBetterShare:P0}.</p>");
        }

        double[] xs = [.. result.Documents.Select(static d => d.Density)];
        double[] ys = [.. result.Documents.Select(static d => d.InferenceTraceability)];
        body.Append(SvgChart.Points("Law 5 against technique spans per 100 words", "technique spans per 100 words", "Law 5 score", xs, ys, (0, Math.Max(1, Math.Ceiling(xs.DefaultIfEmpty(0).Max()))), (0, 100)));
        body.Append("<h2>Techniques</h2><table><tr><th>technique</th><th>spans</th><th>recall, any finding</th><th>95% interval</th><th>recall, habit rules</th><th>recall, rules aimed at it</th><th>their findings</th><th>their precision</th></tr>");
        foreach (TechniqueFigures t in result.Techniques)
        {
            body.Append(inv, $"<tr><td>{Enc(t.Technique)}</td><td>{t.Spans}</td><td>{t.RecallAny:0.000}</td><td>{t.RecallAnyLow:0.000} to {t.RecallAnyHigh:0.000}</td><td>{t.RecallHabit:0.000}</td><td>{t.RecallAimed:0.000}</td><td>{t.AimedFindings}</td><td>{t.PrecisionAimed:0.000}</td></tr>");
        }

        body.Append("</table>");
        body.Append(SvgChart.Bars(
            "Technique spans touched by a Law 5 finding",
            "share of spans touched",
            [.. result.Techniques.Select(static t => t.Technique.Split(',')[0])],
            ["recall"],
            [[.. result.Techniques.Select(static t => double.IsNaN(t.RecallAny) ? 0 : t.RecallAny)]],
            horizontal: true,
            max: 1));
        body.Append("<h2>Rules</h2><table><tr><th>rule</th><th>findings</th><th>articles</th><th>on a technique span</th><th>95% interval</th><th>on its own techniques</th><th>most touched</th></tr>");
        foreach (RuleFigures f in result.Rules)
        {
            body.Append(inv, $"<tr><td>{Enc(f.Rule)}</td><td>{f.Findings}</td><td>{f.Articles}</td><td>{f.PrecisionAny:0.000}</td><td>{f.PrecisionAnyLow:0.000} to {f.PrecisionAnyHigh:0.000}</td><td>{f.PrecisionAimed:0.000}</td><td>{Enc(string.Join(", ", f.MostTouched.Select(static kv => $"{kv.Key} {kv.Value}")))}</td></tr>");
        }

        body.Append("</table>");
        Write(path, "Writing evaluation", body.ToString());
    }

    private static string RocChart(string positive, List<(ScoredDocument Doc, string Label)> docs, Func<EpistemicReport, double>? classifier)
    {
        var series = new List<SvgSeries>();
        void Curve(string name, Func<EpistemicReport, double> score)
        {
            (double[] fpr, double[] tpr) = Statistics.RocCurve([.. docs.Select(d => (score(d.Doc.Report), d.Label == positive))]);
            series.Add(new SvgSeries(name, fpr, tpr));
        }

        Curve("overall", static r => r.Overall.Score);
        if (classifier is not null)
        {
            Curve("classifier", classifier);
        }

        foreach (Law law in Laws.All)
        {
            Curve(law.JsonName(), r => r[law].Score);
        }

        series.Add(new SvgSeries("chance", [0, 1], [0, 1], Dashed: true));
        return SvgChart.Lines($"ROC: {positive} against the rest", "false positive rate", "true positive rate", series, (0, 1), (0, 1));
    }

    private static string HistogramChart(List<(ScoredDocument Doc, string Label)> docs)
    {
        const int bins = 20;
        var series = new List<SvgSeries>();
        double top = 0;
        foreach (var group in docs.GroupBy(d => d.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var counts = new double[bins];
            foreach (var d in group)
            {
                counts[Math.Clamp((int)(d.Doc.Report.Overall.Score / (100.0 / bins)), 0, bins - 1)]++;
            }

            double total = Math.Max(1, group.Count());
            double[] ys = [.. counts.Select(c => c / total)];
            top = Math.Max(top, ys.Max());
            series.Add(new SvgSeries($"{group.Key} (n={group.Count()})", [.. Enumerable.Range(0, bins).Select(i => (i + 0.5) * (100.0 / bins))], ys));
        }

        return SvgChart.Lines("Overall score distribution by label", "overall score", "share of documents", series, (0, 100), (0, Math.Max(0.05, Math.Ceiling(top * 20) / 20)));
    }

    private static string VerdictChart(DocumentEvalResult result)
    {
        string[] verdicts = ["high", "moderate", "low", "insufficient"];
        var laws = result.VerdictShares.Keys.ToList();
        double[][] values = [.. verdicts.Select(v => laws.Select(l => result.VerdictShares[l][v]).ToArray())];
        return SvgChart.Bars("Share of verdicts per law", "share of documents", laws, verdicts, values, stacked: true, max: 1);
    }

    private static string FiringChart(DocumentEvalResult result)
    {
        var rules = result.RuleFiringRates.Keys.ToList();
        var labels = result.Labels.Keys.ToList();
        double[][] values = [.. labels.Select(l => rules.Select(r => result.RuleFiringRates[r].GetValueOrDefault(l)).ToArray())];
        return SvgChart.Bars("Share of documents in which each rule fired", "share of documents", rules, labels, values, horizontal: true, max: 1);
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    private static void Write(string path, string title, string body)
    {
        string html = $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>EpistemicScoring: {{Enc(title)}}</title>
            <style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child,th:first-child{text-align:left}svg{display:block;margin:1em 0;max-width:100%;height:auto}</style>
            </head><body><h1>EpistemicScoring: {{Enc(title)}}</h1>
            {{body}}
            </body></html>
            """;
        IO.SafeOutput.WriteAllText(path, "the report", html);
    }
}
