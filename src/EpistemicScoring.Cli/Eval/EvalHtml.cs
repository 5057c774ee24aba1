using System.Globalization;
using System.Net;
using System.Text;
using EpistemicScoring.Reports;
using ScottPlot;

namespace EpistemicScoring.Cli.Eval;

/// <summary>Writes the evaluation reports as one self-contained HTML file with charts drawn by ScottPlot.</summary>
internal static class EvalHtml
{
    private const int Width = 640;
    private const int Height = 380;

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

        body.Append(Image(RocChart(result.PositiveLabel, docs, classifier)));
        body.Append("<h2>Overall score by label</h2>");
        body.Append(Image(HistogramChart(docs)));
        body.Append("<h2>Verdicts by law</h2>");
        body.Append(Image(VerdictChart(result)));
        body.Append("<h2>Rule firing rates</h2>");
        body.Append(Image(FiringChart(result), Math.Max(Height, 40 + (24 * result.RuleFiringRates.Count))));
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
        var plot = new Plot();
        double[] kappas = [.. results.Select(r => double.IsNaN(r.QuadraticKappa) ? 0 : r.QuadraticKappa)];
        plot.Add.Bars(kappas);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, results.Count).Select(i => (double)i)], [.. results.Select(r => r.Law)]);
        plot.Title("Quadratic-weighted kappa by law");
        body.Append(Image(plot));
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

        var scatter = new Plot();
        double[] xs = [.. result.Documents.Select(static d => d.Density)];
        double[] ys = [.. result.Documents.Select(static d => d.InferenceTraceability)];
        var points = scatter.Add.ScatterPoints(xs, ys);
        points.MarkerSize = 6;
        scatter.Title("Law 5 against technique spans per 100 words");
        scatter.XLabel("technique spans per 100 words");
        scatter.YLabel("Law 5 score");
        body.Append(Image(scatter));
        body.Append("<h2>Techniques</h2><table><tr><th>technique</th><th>spans</th><th>recall, any finding</th><th>95% interval</th><th>recall, habit rules</th><th>recall, rules aimed at it</th><th>their findings</th><th>their precision</th></tr>");
        foreach (TechniqueFigures t in result.Techniques)
        {
            body.Append(inv, $"<tr><td>{Enc(t.Technique)}</td><td>{t.Spans}</td><td>{t.RecallAny:0.000}</td><td>{t.RecallAnyLow:0.000} to {t.RecallAnyHigh:0.000}</td><td>{t.RecallHabit:0.000}</td><td>{t.RecallAimed:0.000}</td><td>{t.AimedFindings}</td><td>{t.PrecisionAimed:0.000}</td></tr>");
        }

        body.Append("</table>");
        var recall = new Plot();
        var bars = recall.Add.Bars([.. result.Techniques.Select(static t => double.IsNaN(t.RecallAny) ? 0 : t.RecallAny)]);
        bars.Horizontal = true;
        recall.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, result.Techniques.Count).Select(static i => (double)i)], [.. result.Techniques.Select(static t => t.Technique.Split(',')[0])]);
        recall.XLabel("share of spans touched");
        recall.Title("Technique spans touched by a Law 5 finding");
        body.Append(Image(recall, Math.Max(Height, 40 + (28 * result.Techniques.Count))));
        body.Append("<h2>Rules</h2><table><tr><th>rule</th><th>findings</th><th>articles</th><th>on a technique span</th><th>95% interval</th><th>on its own techniques</th><th>most touched</th></tr>");
        foreach (RuleFigures f in result.Rules)
        {
            body.Append(inv, $"<tr><td>{Enc(f.Rule)}</td><td>{f.Findings}</td><td>{f.Articles}</td><td>{f.PrecisionAny:0.000}</td><td>{f.PrecisionAnyLow:0.000} to {f.PrecisionAnyHigh:0.000}</td><td>{f.PrecisionAimed:0.000}</td><td>{Enc(string.Join(", ", f.MostTouched.Select(static kv => $"{kv.Key} {kv.Value}")))}</td></tr>");
        }

        body.Append("</table>");
        Write(path, "Writing evaluation", body.ToString());
    }

    private static Plot RocChart(string positive, List<(ScoredDocument Doc, string Label)> docs, Func<EpistemicReport, double>? classifier)
    {
        var plot = new Plot();
        void Curve(string name, Func<EpistemicReport, double> score)
        {
            (double[] fpr, double[] tpr) = Statistics.RocCurve([.. docs.Select(d => (score(d.Doc.Report), d.Label == positive))]);
            var line = plot.Add.ScatterLine(fpr, tpr);
            line.LegendText = name;
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

        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.LegendText = "chance";
        plot.Title($"ROC: {positive} against the rest");
        plot.XLabel("false positive rate");
        plot.YLabel("true positive rate");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static Plot HistogramChart(List<(ScoredDocument Doc, string Label)> docs)
    {
        var plot = new Plot();
        const int bins = 20;
        var groups = docs.GroupBy(d => d.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        for (int g = 0; g < groups.Count; g++)
        {
            var counts = new double[bins];
            foreach (var d in groups[g])
            {
                counts[Math.Clamp((int)(d.Doc.Report.Overall.Score / (100.0 / bins)), 0, bins - 1)]++;
            }

            double total = Math.Max(1, groups[g].Count());
            double[] xs = [.. Enumerable.Range(0, bins).Select(i => (i + 0.5) * (100.0 / bins))];
            double[] ys = [.. counts.Select(c => c / total)];
            var line = plot.Add.ScatterLine(xs, ys);
            line.LegendText = $"{groups[g].Key} (n={groups[g].Count()})";
            line.LineWidth = 2;
        }

        plot.Title("Overall score distribution by label");
        plot.XLabel("overall score");
        plot.YLabel("share of documents");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    private static Plot VerdictChart(DocumentEvalResult result)
    {
        var plot = new Plot();
        string[] verdicts = ["high", "moderate", "low", "insufficient"];
        var laws = result.VerdictShares.Keys.ToList();
        var bars = new List<Bar>();
        ScottPlot.Palettes.Category10 palette = new();
        for (int l = 0; l < laws.Count; l++)
        {
            double bottom = 0;
            for (int v = 0; v < verdicts.Length; v++)
            {
                double share = result.VerdictShares[laws[l]][verdicts[v]];
                bars.Add(new Bar { Position = l, ValueBase = bottom, Value = bottom + share, FillColor = palette.GetColor(v) });
                bottom += share;
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, laws.Count).Select(i => (double)i)], [.. laws]);
        for (int v = 0; v < verdicts.Length; v++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = verdicts[v], FillColor = palette.GetColor(v) });
        }

        plot.Title("Share of verdicts per law");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static Plot FiringChart(DocumentEvalResult result)
    {
        var plot = new Plot();
        var rules = result.RuleFiringRates.Keys.ToList();
        var labels = result.Labels.Keys.ToList();
        ScottPlot.Palettes.Category10 palette = new();
        var bars = new List<Bar>();
        double width = 0.8 / Math.Max(1, labels.Count);
        for (int r = 0; r < rules.Count; r++)
        {
            for (int l = 0; l < labels.Count; l++)
            {
                bars.Add(new Bar
                {
                    Position = r + (l * width) - 0.4 + (width / 2),
                    Value = result.RuleFiringRates[rules[r]].GetValueOrDefault(labels[l]),
                    Size = width,
                    FillColor = palette.GetColor(l),
                });
            }
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. Enumerable.Range(0, rules.Count).Select(i => (double)i)], [.. rules]);
        plot.XLabel("share of documents");
        for (int l = 0; l < labels.Count; l++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = labels[l], FillColor = palette.GetColor(l) });
        }

        plot.Title("Share of documents in which each rule fired");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }

    private static string Image(Plot plot, int height = Height)
    {
        byte[] png = plot.GetImageBytes(Width, height, ImageFormat.Png);
        return $"<img alt=\"chart\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"/>";
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    private static void Write(string path, string title, string body)
    {
        string html = $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>EpistemicScoring: {{Enc(title)}}</title>
            <style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child,th:first-child{text-align:left}img{display:block;margin:1em 0}</style>
            </head><body><h1>EpistemicScoring: {{Enc(title)}}</h1>
            {{body}}
            </body></html>
            """;
        IO.SafeOutput.WriteAllText(path, "the report", html);
    }
}
