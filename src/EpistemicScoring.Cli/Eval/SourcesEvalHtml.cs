using System.Globalization;
using System.Net;
using System.Text;

namespace EpistemicScoring.Cli.Eval;

/// <summary>The HTML report of <c>--task sources</c>: the figures with their intervals, recall and precision by kind, type and cue, and the misses, false positives and set-aside predictions in context.</summary>
internal static class SourcesEvalHtml
{
    public static void Write(string path, SourcesEvalResult r, int cues)
    {
        var inv = CultureInfo.InvariantCulture;
        var body = new StringBuilder();
        body.Append(inv, $"<p>{r.Articles} articles, {r.All.Gold} annotated attributions with a source, {r.All.Detected} detected.");
        if (r.OutermostOnly)
        {
            body.Append(inv, $" The data annotate only outermost attributions: {r.All.SetAside} unmatched predictions inside an annotated content span are set aside (unknown, not wrong).");
        }

        body.Append("</p><table><tr><th>spans</th><th>precision</th><th>recall</th><th>F1</th><th>tp</th><th>fp</th><th>fn</th></tr>");
        Row(body, "all", r.All);
        if (r.HasBoilerplate)
        {
            Row(body, "without boilerplate", r.WithoutBoilerplate);
        }

        body.Append(inv, $"</table><p>95% intervals in brackets: {Statistics.BootstrapResamples} bootstrap resamples of articles, fixed seed.</p>");
        if (r.All.GoldWithNamed > 0)
        {
            body.Append(inv, $"<p><code>named</code> agreement {r.All.NamedAgreement:0.000} on {r.All.MatchedWithNamed} matched sources; {r.All.UnnamedFound:0.000} of {r.All.GoldUnnamed} annotated unnamed sources found as unnamed.</p>");
        }

        Table(body, "Recall by annotated kind", "kind", r.KindGold.Select(static kv => (kv.Key, kv.Value.Hit, kv.Value.Count)));
        Table(body, "Recall by annotated type", "type", r.TypeGold.Select(static kv => (kv.Key, kv.Value.Hit, kv.Value.Count)));
        Table(body, "Precision by detected type (right of judged)", "type", r.TypePredicted.Select(static kv => (kv.Key, kv.Value.Right, kv.Value.Judged)));
        Table(body, $"Annotated cues missed most (the {cues} with most misses)", "cue", r.TopCues(cues));
        Examples(body, "Misses", r.Misses.Select(static m => $"{m.Kind} · cue <b>{Enc(m.Cue)}</b> · {Enc(m.Id)}<br>{Marked(m.Context)}"));
        Examples(body, "False positives", r.FalsePositives.Select(static m => $"{m.Kind} · {m.Type} · cue <b>{Enc(m.Cue)}</b> · {Enc(m.Id)}<br>{Marked(m.Context)}"));
        if (r.OutermostOnly)
        {
            Examples(body, "Set aside (inside an annotated content span)", r.SetAside.Select(static m => $"{m.Kind} · {m.Type} · cue <b>{Enc(m.Cue)}</b> · {Enc(m.Id)}<br>{Marked(m.Context)}"));
        }

        string html = $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>EpistemicScoring: sources</title>
            <style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}td:first-child,th:first-child{text-align:left}mark{background:#fd6}li{margin:.4em 0}</style>
            </head><body><h1>EpistemicScoring: sources</h1>
            {{body}}
            </body></html>
            """;
        IO.SafeOutput.WriteAllText(path, "the report", html);
    }

    private static void Row(StringBuilder body, string name, SourceCounts c)
    {
        PrecisionRecall pr = c.Spans;
        (Interval p, Interval rc, Interval f) = c.Intervals;
        body.Append(CultureInfo.InvariantCulture, $"<tr><td>{name}</td><td>{pr.Precision:0.000} {p}</td><td>{pr.Recall:0.000} {rc}</td><td>{pr.F1:0.000} {f}</td><td>{pr.TruePositives}</td><td>{pr.FalsePositives}</td><td>{pr.FalseNegatives}</td></tr>");
    }

    private static void Table(StringBuilder body, string title, string what, IEnumerable<(string Key, int Hit, int Count)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        body.Append(CultureInfo.InvariantCulture, $"<h2>{Enc(title)}</h2><table><tr><th>{what}</th><th>found</th><th>of</th><th>share</th></tr>");
        foreach ((string key, int hit, int count) in list)
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{Enc(key)}</td><td>{hit}</td><td>{count}</td><td>{(count == 0 ? 0 : (double)hit / count):0.000}</td></tr>");
        }

        body.Append("</table>");
    }

    private static void Examples(StringBuilder body, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        body.Append(CultureInfo.InvariantCulture, $"<h2>{Enc(title)} ({list.Count}{(list.Count >= SourcesEvalResult.ExamplesKept ? ", the first kept" : string.Empty)})</h2><ol>");
        foreach (string item in list)
        {
            body.Append("<li>").Append(item).Append("</li>\n");
        }

        body.Append("</ol>");
    }

    /// <summary>A context line from <see cref="SourcesEval.Context"/> with its bracketed span marked.</summary>
    private static string Marked(string context)
    {
        int open = context.IndexOf('[', StringComparison.Ordinal);
        int close = open < 0 ? -1 : context.IndexOf(']', open + 1);
        return open < 0 || close < 0 ? Enc(context) : Enc(context[..open]) + "<mark>" + Enc(context[(open + 1)..close]) + "</mark>" + Enc(context[(close + 1)..]);
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
