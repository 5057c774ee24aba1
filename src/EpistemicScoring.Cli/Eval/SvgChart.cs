using System.Globalization;
using System.Net;
using System.Text;

namespace EpistemicScoring.Cli.Eval;

/// <summary>One line of a line chart.</summary>
/// <param name="Name">The legend text.</param>
/// <param name="X">The x values.</param>
/// <param name="Y">The y values.</param>
/// <param name="Dashed">True for a dashed line (a reference such as chance).</param>
internal sealed record SvgSeries(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y, bool Dashed = false);

/// <summary>
/// The eval report's charts as inline SVG: lines and bars, axes with ticks, a legend. Written by hand, a few
/// dozen lines, so that the tool carries no graphics library (ScottPlot brought 125 MB of native SkiaSharp and
/// HarfBuzz binaries for four charts); the HTML report stays one self-contained file that any browser draws.
/// </summary>
internal static class SvgChart
{
    private const int Width = 640;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 32;
    private const int Bottom = 44;
    private static readonly string[] Palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Color(int i) => Palette[i % Palette.Length];

    /// <summary>A line chart over fixed axis ranges.</summary>
    public static string Lines(string title, string xLabel, string yLabel, IReadOnlyList<SvgSeries> series, (double Min, double Max) x, (double Min, double Max) y, int height = 380)
    {
        var sb = Begin(title, height);
        double plotW = Width - Left - Right;
        double plotH = height - Top - Bottom;
        double Px(double v) => Left + ((v - x.Min) / (x.Max - x.Min) * plotW);
        double Py(double v) => Top + plotH - ((v - y.Min) / (y.Max - y.Min) * plotH);
        Axes(sb, height, xLabel, yLabel);
        for (int t = 0; t <= 5; t++)
        {
            double xv = x.Min + ((x.Max - x.Min) * t / 5);
            double yv = y.Min + ((y.Max - y.Min) * t / 5);
            sb.Append(Inv, $"<text x=\"{Px(xv):0.#}\" y=\"{Top + plotH + 16:0.#}\" text-anchor=\"middle\">{xv:0.##}</text>");
            sb.Append(Inv, $"<text x=\"{Left - 6}\" y=\"{Py(yv) + 4:0.#}\" text-anchor=\"end\">{yv:0.##}</text>");
            sb.Append(Inv, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Py(yv):0.#}\" y2=\"{Py(yv):0.#}\" stroke=\"#eee\"/>");
        }

        for (int s = 0; s < series.Count; s++)
        {
            SvgSeries line = series[s];
            var points = new StringBuilder();
            for (int i = 0; i < Math.Min(line.X.Count, line.Y.Count); i++)
            {
                points.Append(Inv, $"{Px(line.X[i]):0.#},{Py(line.Y[i]):0.#} ");
            }

            string dash = line.Dashed ? " stroke-dasharray=\"5,4\"" : string.Empty;
            string color = line.Dashed ? "#888" : Color(s);
            sb.Append(Inv, $"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"1.6\"{dash} points=\"{points.ToString().TrimEnd()}\"><title>{Enc(line.Name)}</title></polyline>");
        }

        Legend(sb, [.. series.Select((l, i) => (l.Name, l.Dashed ? "#888" : Color(i)))]);
        return End(sb);
    }

    /// <summary>A scatter of points over fixed axis ranges.</summary>
    public static string Points(string title, string xLabel, string yLabel, IReadOnlyList<double> xs, IReadOnlyList<double> ys, (double Min, double Max) x, (double Min, double Max) y, int height = 380)
    {
        var sb = Begin(title, height);
        double plotW = Width - Left - Right;
        double plotH = height - Top - Bottom;
        double Px(double v) => Left + ((Math.Clamp(v, x.Min, x.Max) - x.Min) / (x.Max - x.Min) * plotW);
        double Py(double v) => Top + plotH - ((Math.Clamp(v, y.Min, y.Max) - y.Min) / (y.Max - y.Min) * plotH);
        Axes(sb, height, xLabel, yLabel);
        for (int t = 0; t <= 5; t++)
        {
            double xv = x.Min + ((x.Max - x.Min) * t / 5);
            double yv = y.Min + ((y.Max - y.Min) * t / 5);
            sb.Append(Inv, $"<text x=\"{Px(xv):0.#}\" y=\"{Top + plotH + 16:0.#}\" text-anchor=\"middle\">{xv:0.##}</text>");
            sb.Append(Inv, $"<text x=\"{Left - 6}\" y=\"{Py(yv) + 4:0.#}\" text-anchor=\"end\">{yv:0.##}</text>");
            sb.Append(Inv, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Py(yv):0.#}\" y2=\"{Py(yv):0.#}\" stroke=\"#eee\"/>");
        }

        for (int i = 0; i < Math.Min(xs.Count, ys.Count); i++)
        {
            sb.Append(Inv, $"<circle cx=\"{Px(xs[i]):0.#}\" cy=\"{Py(ys[i]):0.#}\" r=\"3\" fill=\"{Color(0)}\" fill-opacity=\"0.7\"/>");
        }

        return End(sb);
    }

    /// <summary>
    /// A bar chart: one group of bars per category, one bar per series (or one stacked bar per category), upright
    /// or, for long category lists, lying down.
    /// </summary>
    public static string Bars(string title, string valueLabel, IReadOnlyList<string> categories, IReadOnlyList<string> seriesNames, double[][] values, bool stacked = false, bool horizontal = false, double? max = null)
    {
        int height = horizontal ? Math.Max(380, Top + Bottom + (22 * categories.Count)) : 380;
        int left = horizontal ? 86 : Left;
        var sb = Begin(title, height);
        double plotW = Width - left - Right;
        double plotH = height - Top - Bottom;
        double top = max ?? Math.Max(1e-9, stacked
            ? Enumerable.Range(0, categories.Count).Max(c => values.Sum(s => s[c]))
            : values.SelectMany(static s => s).DefaultIfEmpty(0).Max());
        double lowest = Math.Min(0, values.SelectMany(static s => s).DefaultIfEmpty(0).Min());
        double Scale(double v) => (v - lowest) / (top - lowest);
        double along = (horizontal ? plotH : plotW) / Math.Max(1, categories.Count);
        double barW = stacked ? along * 0.7 : along * 0.8 / Math.Max(1, seriesNames.Count);
        sb.Append(Inv, $"<line x1=\"{left}\" y1=\"{Top}\" x2=\"{left}\" y2=\"{Top + plotH}\" stroke=\"#444\"/><line x1=\"{left}\" y1=\"{Top + plotH}\" x2=\"{Width - Right}\" y2=\"{Top + plotH}\" stroke=\"#444\"/>");
        sb.Append(horizontal
            ? string.Create(Inv, $"<text x=\"{left + (plotW / 2):0.#}\" y=\"{height - 8}\" text-anchor=\"middle\">{Enc(valueLabel)}</text>")
            : string.Create(Inv, $"<text transform=\"translate(14,{Top + (plotH / 2):0.#}) rotate(-90)\" text-anchor=\"middle\">{Enc(valueLabel)}</text>"));
        for (int t = 0; t <= 4; t++)
        {
            double v = lowest + ((top - lowest) * t / 4);
            double at = Scale(v);
            sb.Append(horizontal
                ? string.Create(Inv, $"<text x=\"{left + (at * plotW):0.#}\" y=\"{Top + plotH + 16:0.#}\" text-anchor=\"middle\">{v:0.##}</text>")
                : string.Create(Inv, $"<text x=\"{left - 6}\" y=\"{Top + plotH - (at * plotH) + 4:0.#}\" text-anchor=\"end\">{v:0.##}</text>"));
        }

        for (int c = 0; c < categories.Count; c++)
        {
            double start = (c * along) + ((along - (stacked ? barW : barW * seriesNames.Count)) / 2);
            double stack = 0;
            for (int s = 0; s < seriesNames.Count; s++)
            {
                double v = values[s][c];
                double from = stacked ? Scale(stack) : Scale(Math.Min(0, v));
                double to = stacked ? Scale(stack + v) : Scale(Math.Max(0, v));
                stack += stacked ? v : 0;
                double offset = stacked ? start : start + (s * barW);
                string tip = string.Create(Inv, $"{categories[c]}, {seriesNames[s]}: {v:0.###}");
                sb.Append(horizontal
                    ? string.Create(Inv, $"<rect x=\"{left + (from * plotW):0.#}\" y=\"{Top + offset:0.#}\" width=\"{(to - from) * plotW:0.#}\" height=\"{barW:0.#}\" fill=\"{Color(s)}\"><title>{Enc(tip)}</title></rect>")
                    : string.Create(Inv, $"<rect x=\"{left + offset:0.#}\" y=\"{Top + plotH - (to * plotH):0.#}\" width=\"{barW:0.#}\" height=\"{(to - from) * plotH:0.#}\" fill=\"{Color(s)}\"><title>{Enc(tip)}</title></rect>"));
            }

            double mid = (c * along) + (along / 2);
            sb.Append(horizontal
                ? string.Create(Inv, $"<text x=\"{left - 6}\" y=\"{Top + mid + 4:0.#}\" text-anchor=\"end\">{Enc(categories[c])}</text>")
                : string.Create(Inv, $"<text x=\"{left + mid:0.#}\" y=\"{Top + plotH + 16:0.#}\" text-anchor=\"middle\">{Enc(categories[c])}</text>"));
        }

        Legend(sb, [.. seriesNames.Select((n, i) => (n, Color(i)))]);
        return End(sb);
    }

    private static StringBuilder Begin(string title, int height)
    {
        var sb = new StringBuilder();
        sb.Append(Inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"{Enc(title)}\">");
        sb.Append(Inv, $"<text x=\"{Width / 2}\" y=\"18\" text-anchor=\"middle\" font-size=\"14\">{Enc(title)}</text>");
        return sb;
    }

    private static string End(StringBuilder sb) => sb.Append("</svg>").ToString();

    private static void Axes(StringBuilder sb, int height, string xLabel, string yLabel)
    {
        int plotBottom = height - Bottom;
        sb.Append(Inv, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{plotBottom}\" stroke=\"#444\"/><line x1=\"{Left}\" y1=\"{plotBottom}\" x2=\"{Width - Right}\" y2=\"{plotBottom}\" stroke=\"#444\"/>");
        sb.Append(Inv, $"<text x=\"{Left + ((Width - Left - Right) / 2)}\" y=\"{height - 8}\" text-anchor=\"middle\">{Enc(xLabel)}</text>");
        sb.Append(Inv, $"<text transform=\"translate(14,{Top + ((plotBottom - Top) / 2)}) rotate(-90)\" text-anchor=\"middle\">{Enc(yLabel)}</text>");
    }

    private static void Legend(StringBuilder sb, IReadOnlyList<(string Name, string Color)> items)
    {
        if (items.Count > 0)
        {
            sb.Append(Inv, $"<rect x=\"{Width - Right - 156}\" y=\"{Top - 6}\" width=\"152\" height=\"{(items.Count * 15) + 6}\" fill=\"#fff\" fill-opacity=\"0.85\" stroke=\"#ccc\"/>");
        }

        for (int i = 0; i < items.Count; i++)
        {
            int y = Top + 6 + (i * 15);
            sb.Append(Inv, $"<rect x=\"{Width - Right - 150}\" y=\"{y - 8}\" width=\"10\" height=\"10\" fill=\"{items[i].Color}\"/><text x=\"{Width - Right - 136}\" y=\"{y + 1}\">{Enc(items[i].Name)}</text>");
        }
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
