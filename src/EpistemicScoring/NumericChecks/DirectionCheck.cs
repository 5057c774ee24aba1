using System.Collections.Frozen;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// Direction and size words against the pair of figures they describe: "DOWN at $80.15 from $80.95", "fell to 3,410
/// from 3,520 points", "$1.0820, up from $1.0790", "from 20% to 25%", "essentially flat ($4.12 billion compared with
/// $4.10 billion)", "slightly down ($0.98 versus $1.02)". Up and down must match the sign of new less old (beyond the
/// figures' rounding); "flat" allows at most <see cref="FlatShare"/> of the old value, "slightly" at most
/// <see cref="SlightShare"/>, "sharply" at least <see cref="SharpShare"/>. The words are
/// <c>NumericChecks/Data/numericchecks-direction-words.tsv</c>.
/// </summary>
internal sealed class DirectionCheck : INumericCheck
{
    /// <summary>"Flat", "unchanged", "steady": within 3% of the old value (earnings reports call a 1–2% move flat).</summary>
    public const double FlatShare = 0.03;

    /// <summary>"Slightly", "edged", "modestly": a move of at most 15% of the old value.</summary>
    public const double SlightShare = 0.15;

    /// <summary>"Sharply", "plunged", "soared": a move of at least 5% of the old value.</summary>
    public const double SharpShare = 0.05;

    private static readonly FrozenDictionary<string, (string Direction, string Size)> Words =
        Internal.EmbeddedData.Keyed("numericchecks-direction-words.tsv", static row => (row[1], row.Length > 2 ? row[2] : "-"));

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i + 1 < infos.Length; i++)
        {
            FigureInfo a = infos[i];
            FigureInfo b = infos[i + 1];
            if (a.Sentence != b.Sentence || !Comparable(a, b))
            {
                continue;
            }

            if (!Pair(doc, a, b, out FigureInfo newer, out FigureInfo older, out string link))
            {
                continue;
            }

            // The words that describe the move: in the clause before the pair, and between its figures ("$1.0820, up from").
            int floor = i > 0 && infos[i - 1].Sentence == a.Sentence ? infos[i - 1].M.LastToken + 1 : doc.Sentences[a.Sentence].FirstToken;
            (string dir, string size, int at, int last) = Describe(doc, Math.Max(floor, a.M.FirstToken - 8), a.M.FirstToken);
            (string dir2, string size2, int at2, int last2) = Describe(doc, a.M.LastToken + 1, b.M.FirstToken);
            if (dir2 != "-" || size2 != "-")
            {
                (dir, size, at, last) = (dir2 != "-" ? dir2 : dir, size2 != "-" ? size2 : size, at2, last2);
            }

            if (dir == "-" && size == "-")
            {
                continue;
            }

            Judge(doc, results, newer, older, dir, size, Quote(doc, at, last), link);
        }
    }

    /// <summary>Same kind and unit, or a bare number beside a figure with a unit ("3,410 from 3,520 points").</summary>
    private static bool Comparable(FigureInfo a, FigureInfo b)
    {
        if (!a.Checkable && !b.Checkable)
        {
            return false;
        }

        if (a.Bucket == b.Bucket && a.Checkable)
        {
            return true;
        }

        static bool Bare(FigureInfo f) => f.M.Kind == NumberKind.Count && f.M.Subject is null && f.M.Bound == Numbers.NumberBound.None;
        return (Bare(a) && b.M.Kind is NumberKind.Measure or NumberKind.Count) || (Bare(b) && a.M.Kind is NumberKind.Measure or NumberKind.Count);
    }

    /// <summary>The new and the old figure of a pair, and the words linking them.</summary>
    private static bool Pair(TextDocument doc, FigureInfo a, FigureInfo b, out FigureInfo newer, out FigureInfo older, out string link)
    {
        newer = a;
        older = b;
        link = string.Empty;
        int gapFrom = a.M.LastToken + 1;
        int gapTo = b.M.FirstToken;

        // ", up from 149.80" may stand after a few words about the first figure ("151.20 to the dollar late on Friday").
        bool upFrom = doc.Is(gapTo - 1, "from") && (doc.Is(gapTo - 2, "up") || doc.Is(gapTo - 2, "down")) && doc.Is(gapTo - 3, ",");
        if (gapTo - gapFrom > (upFrom ? 10 : 6))
        {
            return false;
        }

        // "from 20% to 25%".
        if (doc.Is(a.M.FirstToken - 1, "from") && doc.Is(gapTo - 1, "to"))
        {
            (newer, older, link) = (b, a, "from … to");
            return true;
        }

        // "at $80.15 from $80.95", "to 3,410 from 3,520", "$1.0820, up from $1.0790".
        if (doc.Is(gapTo - 1, "from") && !doc.Is(gapTo - 2, "away"))
        {
            link = "… from";
            return true;
        }

        // "$4.12 billion compared with $4.10 billion", "$0.98 versus $1.02", "vs.", "against".
        for (int t = gapFrom; t < gapTo; t++)
        {
            if (doc.Is(t, "versus") || doc.Is(t, "vs") || doc.Is(t, "vs.") || (doc.Is(t, "compared") && (doc.Is(t + 1, "with") || doc.Is(t + 1, "to"))))
            {
                link = doc.Is(t, "compared") ? "compared with" : "versus";
                return true;
            }
        }

        return false;
    }

    private static (string Direction, string Size, int At, int Last) Describe(TextDocument doc, int from, int to)
    {
        string dir = "-", size = "-";
        int at = -1, last = -1;
        for (int t = from; t < to; t++)
        {
            if (doc[t].Kind != TokenKind.Word || !Words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(t), out (string Direction, string Size) w))
            {
                continue;
            }

            // "up to" is a bound, not a direction.
            if (doc.Is(t, "up") && doc.Is(t + 1, "to") || doc.Is(t, "down") && doc.Is(t + 1, "to"))
            {
                continue;
            }

            // A new describing word after a gap starts a new description ("rose last year …, and … fell").
            if (last >= 0 && t - last > 2)
            {
                (dir, size, at) = ("-", "-", -1);
            }

            if (w.Direction != "-")
            {
                dir = w.Direction;
            }

            if (w.Size != "-")
            {
                size = w.Size;
            }

            at = at < 0 ? t : at;
            last = t;
        }

        return (dir, size, at, last);
    }

    private static void Judge(TextDocument doc, List<NumericCheck> results, FigureInfo newer, FigureInfo older, string dir, string size, string words, string link)
    {
        if (older.M.Value <= 0)
        {
            return;
        }

        double delta = newer.M.Value - older.M.Value;
        double share = Math.Abs(delta) / older.M.Value;
        bool overlap = newer.Lo <= older.Hi + 1e-9 && older.Lo <= newer.Hi + 1e-9;
        string problem = string.Empty;
        if (dir == "up" && delta < 0 && !overlap || dir == "down" && delta > 0 && !overlap)
        {
            problem = $"it says {dir}, but {newer.M.Text} is {(delta < 0 ? "below" : "above")} {older.M.Text}";
        }
        else if (dir == "flat" && share > FlatShare && !overlap)
        {
            problem = $"it says flat, but {newer.M.Text} against {older.M.Text} is a move of {F(Math.Round(share * 100, 1))}%";
        }
        else if (size == "slight" && share > SlightShare && !overlap)
        {
            problem = $"it says slightly, but {newer.M.Text} against {older.M.Text} is a move of {F(Math.Round(share * 100, 1))}%";
        }
        else if (size == "sharp" && share < SharpShare)
        {
            problem = $"it says sharply, but {newer.M.Text} against {older.M.Text} is a move of only {F(Math.Round(share * 100, 1))}%";
        }

        string wording = $"Direction \"{words}\" with \"{link}\"";
        bool ok = problem.Length == 0;
        Add(results, NumericCheckKind.Change, ok, wording, ok
            ? $"{older.M.Text} to {newer.M.Text} moves as stated"
            : problem, older.M, newer.M);
    }
}
