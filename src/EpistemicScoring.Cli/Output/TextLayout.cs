using System.Text;

namespace EpistemicScoring.Cli.Output;

/// <summary>Width, colour and wrapping for text output.</summary>
/// <param name="Width">Characters per line (at least 60 is used).</param>
/// <param name="Color">True to colour with ANSI escapes (only on a terminal, never when <c>NO_COLOR</c> is set).</param>
internal sealed record TextLayout(int Width, bool Color)
{
    /// <summary>Plain output of the default width: what files, pipes and the golden tests get.</summary>
    public static TextLayout Plain { get; } = new(ConsoleIO.DefaultWidth, false);

    /// <summary>The layout for <paramref name="io"/>.</summary>
    public static TextLayout For(ConsoleIO io) =>
        new(io.Width, io.OutputIsTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    public int Columns => Math.Max(60, Width);

    public string Red(string s) => Paint(s, "31");

    public string Green(string s) => Paint(s, "32");

    public string Yellow(string s) => Paint(s, "33");

    public string Bold(string s) => Paint(s, "1");

    public string Dim(string s) => Paint(s, "2");

    public string Verdict(EpistemicScoring.Verdict verdict, string s) => verdict switch
    {
        EpistemicScoring.Verdict.High => Green(s),
        EpistemicScoring.Verdict.Moderate => Yellow(s),
        EpistemicScoring.Verdict.Low => Red(s),
        _ => Dim(s),
    };

    /// <summary>Words of <paramref name="text"/> in lines of at most <paramref name="width"/> characters (a longer word gets its own line).</summary>
    public static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }

    /// <summary><paramref name="text"/> on one line, cut at a word with "..." to fit <paramref name="width"/>.</summary>
    public static string Fit(string text, int width)
    {
        string one = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (one.Length <= width)
        {
            return one;
        }

        int cut = one.LastIndexOf(' ', Math.Max(0, width - 3));
        if (cut < width / 2)
        {
            cut = width - 3;
        }

        return string.Concat(one.AsSpan(0, cut).TrimEnd(), "...");
    }

    private string Paint(string s, string code) => Color ? $"\u001b[{code}m{s}\u001b[0m" : s;
}

/// <summary>1-based line and column of a UTF-16 offset, for display only (reports carry offsets).</summary>
internal sealed class Locator
{
    private readonly List<int> _lineStarts = [0];

    public Locator(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>"line:column" of <paramref name="offset"/>; the column counts UTF-16 code units from 1, as the offsets do.</summary>
    public string At(int offset)
    {
        int line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{line + 1}:{offset - _lineStarts[line] + 1}");
    }
}
