using System.Globalization;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>
/// Cross-checks figures against each other (repeat, share, change, total, ratio) and against reference facts.
/// Every figure stands for an interval: its value widened by half its stated precision and by its bound
/// ("more than", "about", "up to"); two statements agree when their intervals meet. Figures are compared only
/// when a link in the text ties them to one quantity: a back-reference ("that $3 billion", "the 4,000"), the
/// same counted noun phrase, the same words around them, or a relation word ("of", "including", "another",
/// "from … to", "per"). Each figure is compared with a bounded number of earlier figures of its own bucket
/// (kind and unit), so the cost is linear in the number of mentions.
/// </summary>
internal static class NumericChecker
{
    private const int Lookback = 12;

    private static readonly string[] BackReferenceDeterminers = ["the", "that", "this", "those", "these"];

    private static readonly string[] BackReferenceFollowers =
        ["is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "figure", "amount", "number", "sum", "total", "mark", "estimate", "tally"];

    public static List<NumericCheck> Check(TextDocument doc, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ReferenceFact> facts)
    {
        var result = new List<NumericCheck>();
        if (numbers.Count == 0)
        {
            return result;
        }

        var infos = new Info[numbers.Count];
        for (int i = 0; i < numbers.Count; i++)
        {
            infos[i] = new Info(doc, numbers[i], i);
        }

        var flagged = new HashSet<int>();
        Repeats(doc, infos, result, flagged);
        Appositions(doc, infos, result);
        Shares(doc, infos, result);
        Totals(doc, infos, result);
        Changes(doc, infos, result);
        Ratios(doc, infos, result);
        References(doc, infos, facts, result);
        return result;
    }

    /// <summary>A mention with what the checks need: sentence, interval, context stems, bucket.</summary>
    private sealed class Info
    {
        public Info(TextDocument doc, NumberMention m, int index)
        {
            M = m;
            Index = index;
            Sentence = doc.SentenceOf(Math.Min(m.FirstToken, doc.TokenCount - 1));
            Paragraph = doc.Sentences[Sentence].Paragraph;
            double v = m.Value;
            double half = Math.Max(m.Step, 1e-9) / 2;
            (Lo, Hi) = m.Bound switch
            {
                NumberBound.About => (Math.Min(v - half, v * 0.9), Math.Max(v + half, v * 1.1)),
                NumberBound.Lower => (v - half, Math.Max(v * 1.35, v + m.Step)),
                NumberBound.Upper => (0, v + half),
                NumberBound.JustOver => (v - half, Math.Max(v * 1.15, v + half)),
                NumberBound.Nearly => (Math.Min(v * 0.85, v - half), v + half),
                _ => (v - half, v + half),
            };
            Bucket = m.Kind switch
            {
                NumberKind.Money => "money:" + m.Unit,
                NumberKind.Percent => "percent",
                NumberKind.PercentagePoints => "pp:" + m.Unit,
                NumberKind.Measure => "measure:" + m.Unit,
                NumberKind.Count => "count",
                _ => string.Empty,
            };
            Head = m.Subject is null ? null : Singular(m.Subject[(m.Subject.LastIndexOf(' ') + 1)..]);
            Stems = ContextStems(doc, m, Head);
            ScaleWord = ScaleOf(doc, m);
        }

        public NumberMention M { get; }

        public int Index { get; }

        public int Sentence { get; }

        public int Paragraph { get; }

        public double Lo { get; }

        public double Hi { get; }

        public string Bucket { get; }

        public string? Head { get; }

        public HashSet<string> Stems { get; }

        public string ScaleWord { get; }

        public bool Checkable => Bucket.Length > 0;
    }

    private static bool Agree(Info a, Info b) => a.Lo <= b.Hi + 1e-9 && b.Lo <= a.Hi + 1e-9;

    private static string F(double v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);

    private static SpanRef Ref(NumberMention m) => new(m.Start, m.Length);

    private static void Add(List<NumericCheck> result, NumericCheckKind kind, bool ok, string message, params NumberMention[] mentions)
    {
        var spans = new SpanRef[mentions.Length];
        for (int i = 0; i < mentions.Length; i++)
        {
            spans[i] = Ref(mentions[i]);
        }

        result.Add(new NumericCheck { Kind = kind, Status = ok ? NumericCheckStatus.Consistent : NumericCheckStatus.Inconsistent, Message = message, Spans = spans });
    }

    // ---------------------------------------------------------------- repeat

    private static void Repeats(TextDocument doc, Info[] infos, List<NumericCheck> result, HashSet<int> flagged)
    {
        var buckets = new Dictionary<string, List<Info>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, Info>(StringComparer.Ordinal);
        foreach (Info b in infos)
        {
            if (!b.Checkable)
            {
                continue;
            }

            if (!buckets.TryGetValue(b.Bucket, out List<Info>? earlier))
            {
                earlier = [];
                buckets[b.Bucket] = earlier;
            }

            Info? partner = null;
            string why = string.Empty;
            bool backRef = IsBackReference(doc, b.M);
            if (backRef && b.M.Value > 1)
            {
                // "that $3 billion", "among the 4,000": the figure names one stated before.
                Info? equal = null;
                Info? recent = null;
                for (int k = earlier.Count - 1; k >= 0 && k >= earlier.Count - Lookback; k--)
                {
                    Info a = earlier[k];
                    if (a.M.Value <= 1 || b.Sentence - a.Sentence > 6)
                    {
                        continue;
                    }

                    recent ??= a;
                    if (Agree(a, b) && (a.M.Step >= b.M.Step || a.M.Value == b.M.Value))
                    {
                        equal = a;
                        break;
                    }
                }

                partner = equal ?? recent;
                why = "refers back to";
            }

            string? phraseKey = b.M.Subject is not null && b.M.Subject.Contains(' ', StringComparison.Ordinal) ? b.Bucket + "|" + b.M.Subject : null;
            if (partner is null && phraseKey is not null && phrases.TryGetValue(phraseKey, out Info? samePhrase) && samePhrase.Sentence != b.Sentence
                && !InRange(doc, samePhrase.M) && !InRange(doc, b.M) && samePhrase.M.Value > 1 && b.M.Value > 1
                && Math.Max(samePhrase.M.Value, b.M.Value) <= 4 * Math.Min(samePhrase.M.Value, b.M.Value))
            {
                partner = samePhrase;
                why = "restates";
            }

            if (phraseKey is not null)
            {
                phrases[phraseKey] = b;
            }

            if (partner is null)
            {
                for (int k = earlier.Count - 1; k >= 0 && k >= earlier.Count - Lookback; k--)
                {
                    Info a = earlier[k];
                    if (SameQuantity(doc, a, b, out why))
                    {
                        partner = a;
                        break;
                    }
                }
            }

            earlier.Add(b);
            if (partner is null)
            {
                continue;
            }

            Info first = partner;
            bool ok = Agree(first, b);
            if (!ok)
            {
                flagged.Add(b.Index);
            }

            string message = ok
                ? $"{b.M.Text} {why} {first.M.Text} stated earlier; the figures agree."
                : $"{b.M.Text} {why} {first.M.Text} stated earlier, but the values differ ({Describe(first)} against {Describe(b)}).";
            Add(result, NumericCheckKind.Repeat, ok, message, first.M, b.M);
        }
    }

    private static string Describe(Info i)
    {
        string bound = i.M.Bound switch
        {
            NumberBound.Lower => "more than ",
            NumberBound.Upper => "at most ",
            NumberBound.About => "about ",
            NumberBound.JustOver => "just over ",
            NumberBound.Nearly => "nearly ",
            _ => string.Empty,
        };
        return bound + F(i.M.Value) + (i.M.Unit is null or "%" ? (i.M.Unit ?? string.Empty) : " " + i.M.Unit);
    }

    private static bool IsBackReference(TextDocument doc, NumberMention m)
    {
        int f = m.FirstToken;
        bool det = false;
        foreach (string d in BackReferenceDeterminers)
        {
            if (doc.Is(f - 1, d))
            {
                det = true;
                break;
            }
        }

        if (!det)
        {
            return false;
        }

        int k = m.LastToken + 1;
        if (k >= doc.TokenCount || doc[k].Kind == TokenKind.Punctuation)
        {
            return m.Kind != NumberKind.Count || m.Subject is null;
        }

        foreach (string w in BackReferenceFollowers)
        {
            if (doc.Is(k, w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameQuantity(TextDocument doc, Info a, Info b, out string why)
    {
        why = "restates";
        if (b.Sentence == a.Sentence && Math.Abs(b.M.FirstToken - a.M.LastToken) < 6)
        {
            // Figures side by side are ranges, pairs and tallies, not restatements.
            return false;
        }

        if (b.Paragraph - a.Paragraph > 12 || b.Sentence - a.Sentence > 40)
        {
            return false;
        }

        double ratio = Math.Max(a.M.Value, b.M.Value) / Math.Max(1e-9, Math.Min(a.M.Value, b.M.Value));
        if (ratio > 4 || a.M.Value <= 1 || b.M.Value <= 1)
        {
            return false;
        }

        // Two precise, different figures ("$712,500" and "$711,000") are two quantities, not one restated.
        if (a.M.Value != b.M.Value && IsPrecise(a.M) && IsPrecise(b.M) && a.M.Bound == NumberBound.None && b.M.Bound == NumberBound.None)
        {
            return false;
        }

        if (a.M.Kind == NumberKind.Count && a.Head is not null && b.Head is not null && a.Head != b.Head && !(IsPeople(a.Head) && IsPeople(b.Head)))
        {
            return false;
        }

        // A partitive ("12 of the facilities") names a subset, not the whole stated again.
        if (doc.Is(a.M.LastToken + 1, "of") != doc.Is(b.M.LastToken + 1, "of"))
        {
            return false;
        }

        // The same counted phrase of two or more words: "four different schools".
        if (a.M.Subject is not null && a.M.Subject == b.M.Subject && a.M.Subject.Contains(' ', StringComparison.Ordinal))
        {
            return true;
        }

        // Restatements live in different sentences; figures side by side in one sentence are different quantities.
        if (a.Sentence == b.Sentence)
        {
            return false;
        }

        // The same word before the numeral and the same unit: "the first three months".
        int pa = NumeralStart(a.M) - 1;
        int pb = NumeralStart(b.M) - 1;
        if (pa >= 0 && pb >= 0 && doc[pa].Kind == TokenKind.Word && doc.TokenText(pa).Equals(doc.TokenText(pb), StringComparison.OrdinalIgnoreCase)
            && !doc.IsIn(pa, NumberLexicon.NotCountedNouns) && !doc.IsIn(pa, ApproximatorWords) && doc.TokenText(pa).Length > 3
            && (a.M.Unit is not null || a.Head is not null && a.Head == b.Head))
        {
            return true;
        }

        // A bound of a range ("between three and six miles") is not a quantity of its own.
        if (InRange(doc, a.M) || InRange(doc, b.M))
        {
            return false;
        }

        int shared = 0;
        foreach (string s in a.Stems)
        {
            if (b.Stems.Contains(s))
            {
                shared++;
            }
        }

        // Shared words alone link only figures a few sentences apart, and never a figure marked as another group.
        int fb = b.M.FirstToken;
        if (b.Sentence - a.Sentence < 2 || doc.Is(fb - 1, "another") || doc.Is(fb - 1, "other") || doc.Is(fb - 1, "including") || doc.Is(fb - 1, "remaining") || doc.Is(fb - 2, "another"))
        {
            return false;
        }

        if (a.M.Kind == NumberKind.Count && (a.Head is null || b.Head is null))
        {
            return false;
        }

        bool sameScale = a.ScaleWord.Length > 0 && a.ScaleWord == b.ScaleWord;
        return shared >= 3 || (shared >= 2 && sameScale) || (shared >= 1 && sameScale && a.M.Kind == NumberKind.Count);
    }

    private static int NumeralStart(NumberMention m) => m.FirstToken;

    /// <summary>Three or more significant digits, the last not a zero: "$712,500", "$711,000", not "$350 billion".</summary>
    private static bool IsPrecise(NumberMention m)
    {
        double digits = Math.Round(m.Value / Math.Max(m.Step, 1e-9));
        return m.Step < m.Value / 100 && digits % 10 != 0;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ApproximatorWords = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        [.. NumberLexicon.Approximators.SelectMany(static a => a.Words), "only", "just", "another", "between", "from", "ages", "aged"]);

    private static bool InRange(TextDocument doc, NumberMention m)
    {
        int f = m.FirstToken;
        int l = m.LastToken;
        bool Joiner(int t) => doc.Is(t, "to") || doc.Is(t, "and") || doc.Is(t, "-") || doc.Is(t, "\u2014") || doc.Is(t, "or");
        bool NumberAt(int t) => t >= 0 && t < doc.TokenCount && (doc[t].Kind == TokenKind.Number || NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(t)) || doc.Is(t, "$"));
        return doc.Is(f - 1, "between") || doc.Is(f - 2, "between") || (Joiner(l + 1) && NumberAt(l + 2)) || (Joiner(f - 1) && NumberAt(f - 2));
    }

    private static bool IsPeople(string head) =>
        head is "people" or "person" or "immigrant" or "resident" or "voter" or "american" or "worker" or "citizen" or "member" or "adult" or "student" or "child" or "children" or "individual";

    private static string ScaleOf(TextDocument doc, NumberMention m)
    {
        for (int t = m.FirstToken; t <= m.LastToken && t < doc.TokenCount; t++)
        {
            ReadOnlySpan<char> w = doc.TokenText(t);
            if (NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) || (doc[t].Kind == TokenKind.Word && NumberLexicon.AttachedScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out double s) && s >= 1e6))
            {
                double scale = NumberLexicon.AttachedScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out double s2) ? s2 : 100;
                return scale.ToString(CultureInfo.InvariantCulture);
            }
        }

        return string.Empty;
    }

    private static HashSet<string> ContextStems(TextDocument doc, NumberMention m, string? head)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        int paragraph = doc.Sentences[doc.SentenceOf(Math.Min(m.FirstToken, doc.TokenCount - 1))].Paragraph;
        string? subjectStem = head is null ? null : Stem(head);
        int from = Math.Max(0, m.FirstToken - 10);
        Sentence own = doc.Sentences[doc.SentenceOf(Math.Min(m.FirstToken, doc.TokenCount - 1))];
        if (own.TokenCount < 12 && own.Index > 0)
        {
            // A short sentence ("More than $6 million in compensation.") takes its context from the one before.
            from = Math.Min(from, doc.Sentences[own.Index - 1].FirstToken);
        }

        for (int t = from; t <= Math.Min(doc.TokenCount - 1, m.LastToken + 10); t++)
        {
            if (t >= m.FirstToken && t <= m.LastToken)
            {
                continue;
            }

            if (doc.Sentences[doc.SentenceOf(t)].Paragraph != paragraph || doc[t].Kind != TokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> w = doc.TokenText(t);
            if (w.Length < 4 || doc.IsIn(t, NumberLexicon.NotCountedNouns) || doc.IsIn(t, ContextStop)
                || NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) || NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w)
                || NumberLexicon.MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) || NumberLexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w))
            {
                continue;
            }

            string stem = Stem(w.ToString());
            if (stem != subjectStem)
            {
                stems.Add(stem);
            }
        }

        return stems;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> ContextStop = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "with", "said", "says", "that", "this", "they", "them", "their", "there", "which", "would", "could",
        "should", "will", "have", "been", "being", "were", "what", "when", "where", "about", "more", "than", "also", "into", "from",
        "just", "only", "some", "such", "year", "years", "percent", "dollars", "million", "billion", "thousand", "according", "told",
        "last", "first", "next", "over", "after", "before", "those", "these", "other", "another", "most", "many", "much", "very");

    private static string Stem(string w)
    {
        string l = w.ToLowerInvariant();
        return l.Length > 5 ? l[..5] : l;
    }

    private static string Singular(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3 ? w[..^1] : w;
    }

    /// <summary>"more than four in 10 — 42%", "half, or 50%": one share restated in another form right after it.</summary>
    private static void Appositions(TextDocument doc, Info[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i + 1 < infos.Length; i++)
        {
            Info a = infos[i];
            Info b = infos[i + 1];
            bool pair = (a.M.Kind == NumberKind.Fraction && b.M.Kind == NumberKind.Percent) || (a.M.Kind == NumberKind.Percent && b.M.Kind == NumberKind.Fraction);
            if (!pair || a.Sentence != b.Sentence)
            {
                continue;
            }

            int gap = b.M.FirstToken - a.M.LastToken - 1;
            int c = a.M.LastToken + 1;
            bool joined = (gap == 1 && (doc.Is(c, "\u2014") || doc.Is(c, ",") || doc.Is(c, "(") || doc.Is(c, "or") || doc.Is(c, "-") || doc.Is(c, ":")))
                || (gap == 2 && (doc.Is(c, ",") || doc.Is(c, "\u2014") || doc.Is(c, "(")) && (doc.Is(c + 1, "or") || doc.Is(c + 1, "about") || doc.Is(c + 1, "roughly") || doc.Is(c + 1, "nearly") || doc.Is(c + 1, "some")));
            if (!joined)
            {
                continue;
            }

            Info f = a.M.Kind == NumberKind.Fraction ? a : b;
            Info p = a.M.Kind == NumberKind.Fraction ? b : a;
            double v = f.M.Value * 100;
            double half = Math.Abs((v / 10) - Math.Round(v / 10)) < 1e-6 ? 5 : 1;
            (double lo, double hi) = f.M.Bound switch
            {
                NumberBound.Lower => (v - half, Math.Max(v * 1.35, v + (2 * half))),
                NumberBound.Upper => (0, v + half),
                NumberBound.JustOver => (v - half, v * 1.15 + half),
                NumberBound.Nearly => (v * 0.85 - half, v + half),
                NumberBound.About => (v * 0.9 - half, v * 1.1 + half),
                _ => (v - half, v + half),
            };
            bool ok = lo <= p.Hi + 1e-9 && p.Lo <= hi + 1e-9;
            Add(result, NumericCheckKind.Repeat, ok, ok
                ? $"{f.M.Text} and {p.M.Text} state the same share."
                : $"{f.M.Text} is {F(Math.Round(v, 1))}%, not {p.M.Text}.", a.M, b.M);
        }
    }

    // ---------------------------------------------------------------- share

    private static void Shares(TextDocument doc, Info[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            Info b = infos[i];
            if (!b.Checkable)
            {
                continue;
            }

            // "30 of 79 facilities", "12 of 40 members, or 30%".
            if (i + 1 < infos.Length && b.M.Kind == NumberKind.Count && doc.Is(b.M.LastToken + 1, "of"))
            {
                Info w = infos[i + 1];
                int wf = w.M.FirstToken;
                bool direct = wf == b.M.LastToken + 2 || (wf == b.M.LastToken + 3 && (doc.Is(b.M.LastToken + 2, "the") || doc.Is(b.M.LastToken + 2, "its") || doc.Is(b.M.LastToken + 2, "their")));
                if (direct && w.M.Kind == NumberKind.Count && w.M.Value > 0)
                {
                    bool ok = b.M.Value <= w.Hi;
                    bool statedShare = i + 2 < infos.Length && infos[i + 2].M.Kind == NumberKind.Percent && infos[i + 2].Sentence == b.Sentence && infos[i + 2].M.FirstToken - w.M.LastToken <= 4;

                    // With a stated percentage, that check says all; "the part is within the whole" beside it would
                    // report one relation twice, once consistent and once not.
                    if (!ok || !statedShare)
                    {
                        Add(result, NumericCheckKind.Share, ok, ok ? $"{b.M.Text} of {w.M.Text}: the part is within the whole." : $"{b.M.Text} of {w.M.Text}: the part is larger than the whole.", b.M, w.M);
                    }

                    if (statedShare)
                    {
                        Info p = infos[i + 2];
                        double share = 100 * b.M.Value / w.M.Value;
                        bool pOk = share >= p.Lo - 0.5 && share <= p.Hi + 0.5;
                        Add(result, NumericCheckKind.Share, pOk, pOk
                            ? $"{b.M.Text} of {w.M.Text} is {F(share)}%, as stated ({p.M.Text})."
                            : $"{b.M.Text} of {w.M.Text} is {F(share)}%, not {p.M.Text}.", b.M, w.M, p.M);
                    }

                    continue;
                }
            }

            // "including 22", "on which they spent $12 million", "of whom 12".
            int cue = SubsetCue(doc, b, infos, i);
            if (cue >= 0)
            {
                Info? whole = null;
                for (int k = i - 1; k >= 0 && infos[k].Sentence == b.Sentence; k--)
                {
                    if (infos[k].Bucket == b.Bucket && infos[k].M.LastToken < cue)
                    {
                        whole = infos[k];
                        break;
                    }
                }

                if (whole is not null && whole.M.Value > 0)
                {
                    bool ok = b.Lo <= whole.Hi;
                    Add(result, NumericCheckKind.Share, ok, ok
                        ? $"{b.M.Text} is part of {whole.M.Text} and within it."
                        : $"{b.M.Text} is stated as part of {whole.M.Text} but is larger.", whole.M, b.M);
                }
            }

            // "His three oldest": a subset of the group counted just before.
            int sup = b.M.LastToken > b.M.FirstToken ? b.M.LastToken : b.M.LastToken + 1;
            if (b.M.Kind == NumberKind.Count && sup < doc.TokenCount && doc[sup].Kind == TokenKind.Word
                && doc.TokenText(sup).EndsWith("est", StringComparison.OrdinalIgnoreCase) && doc.TokenText(sup).Length > 4
                && (doc.Is(b.M.FirstToken - 1, "his") || doc.Is(b.M.FirstToken - 1, "her") || doc.Is(b.M.FirstToken - 1, "their") || doc.Is(b.M.FirstToken - 1, "the") || doc.Is(b.M.FirstToken - 1, "its")))
            {
                for (int k = i - 1; k >= 0 && b.Sentence - infos[k].Sentence <= 3; k--)
                {
                    if (infos[k].M.Kind == NumberKind.Count && infos[k].M.Value > 1)
                    {
                        Info whole = infos[k];
                        bool ok = b.M.Value <= whole.Hi;
                        Add(result, NumericCheckKind.Share, ok, ok
                            ? $"{b.M.Text} of the {whole.M.Text} before: within the group."
                            : $"{b.M.Text} is a subset of the {whole.M.Text} before but is larger.", whole.M, b.M);
                        break;
                    }
                }
            }
        }
    }

    private static int SubsetCue(TextDocument doc, Info b, Info[] infos, int i)
    {
        int f = b.M.FirstToken;
        int floor = i > 0 ? infos[i - 1].M.LastToken : 0;
        for (int t = f - 1; t > floor && t >= f - 4; t--)
        {
            if (doc.Is(t, "including") || doc.Is(t, "among") && doc.Is(t + 1, "them"))
            {
                return t;
            }

            if ((doc.Is(t, "which") || doc.Is(t, "whom")) && (doc.Is(t - 1, "of") || doc.Is(t - 1, "on")))
            {
                return t;
            }
        }

        return -1;
    }

    // ---------------------------------------------------------------- total

    private static void Totals(TextDocument doc, Info[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            Info b = infos[i];

            // "56 percent … another 36 percent": disjoint groups of one population add up to at most 100.
            if (b.M.Kind == NumberKind.Percent && (doc.Is(b.M.FirstToken - 1, "another") || doc.Is(b.M.FirstToken - 2, "another")))
            {
                var parts = new List<Info> { b };
                double lo = b.Lo;
                int k = i - 1;
                Info cur = b;
                while (k >= 0 && cur.Sentence - infos[k].Sentence <= 2)
                {
                    if (infos[k].M.Kind == NumberKind.Percent)
                    {
                        parts.Insert(0, infos[k]);
                        lo += infos[k].Lo;
                        if (!(doc.Is(infos[k].M.FirstToken - 1, "another") || doc.Is(infos[k].M.FirstToken - 2, "another")))
                        {
                            break;
                        }

                        cur = infos[k];
                    }

                    k--;
                }

                if (parts.Count >= 2)
                {
                    bool ok = lo <= 100 + 1e-9;
                    string list = string.Join(" + ", parts.Select(static p => p.M.Text));
                    Add(result, NumericCheckKind.Total, ok, ok
                        ? $"{list}: separate groups adding up to no more than 100%."
                        : $"{list}: separate groups of one population add up to more than 100%.", [.. parts.Select(static p => p.M)]);
                }
            }

            // "these 29 health facilities" after "30 … unable to locate one facility".
            if (b.M.Kind == NumberKind.Count && b.Head is not null && b.M.Value > 1
                && (doc.Is(b.M.FirstToken - 1, "these") || doc.Is(b.M.FirstToken - 1, "those") || doc.Is(b.M.FirstToken - 1, "remaining")))
            {
                var earlier = new List<Info>();
                for (int k = i - 1; k >= 0 && b.Sentence - infos[k].Sentence <= 3; k--)
                {
                    Info a = infos[k];
                    if (a.M.Kind == NumberKind.Count && a.M.Value <= 10 * b.M.Value && (a.Head == b.Head || a.Head is null && k + 1 < i && infos[k + 1].Head == b.Head))
                    {
                        earlier.Add(a);
                    }
                }

                if (earlier.Count == 0)
                {
                    continue;
                }

                Info? equal = earlier.FirstOrDefault(a => Agree(a, b));
                if (equal is not null)
                {
                    continue;
                }

                Info? whole = null;
                Info? part = null;
                foreach (Info a in earlier)
                {
                    foreach (Info c in earlier)
                    {
                        if (!ReferenceEquals(a, c) && Math.Abs(a.M.Value - c.M.Value - b.M.Value) < 0.5)
                        {
                            whole = a;
                            part = c;
                        }
                    }
                }

                if (whole is not null && part is not null)
                {
                    Add(result, NumericCheckKind.Total, true, $"{b.M.Text} is {whole.M.Text} less {part.M.Text}.", whole.M, part.M, b.M);
                    continue;
                }

                Info? larger = earlier.FirstOrDefault(a => a.M.Value > b.M.Value && a.M.Bound == NumberBound.None);
                if (larger is not null)
                {
                    Add(result, NumericCheckKind.Total, false, $"{b.M.Text} refers back to a group counted before, but neither {larger.M.Text} nor a difference of the figures stated gives {F(b.M.Value)}.", larger.M, b.M);
                }
            }

            // "a $30 million grant and an $18 million bond … add up to the full $48 million".
            if (b.Checkable && IsStatedTotal(doc, b.M))
            {
                var parts = new List<Info>();
                int partSentence = -1;
                for (int k = i - 1; k >= 0 && b.Sentence - infos[k].Sentence <= 2; k--)
                {
                    Info a = infos[k];
                    if (a.Bucket != b.Bucket)
                    {
                        continue;
                    }

                    if (partSentence < 0)
                    {
                        partSentence = a.Sentence;
                    }

                    if (a.Sentence != partSentence)
                    {
                        break;
                    }

                    parts.Insert(0, a);
                }

                if (parts.Count >= 2 && parts.Count <= 6 && JoinedByAnd(doc, parts))
                {
                    double lo = parts.Sum(static p => p.Lo);
                    double hi = parts.Sum(static p => p.Hi);
                    bool ok = lo <= b.Hi + 1e-9 && b.Lo <= hi + 1e-9;
                    string list = string.Join(" + ", parts.Select(static p => p.M.Text));
                    Add(result, NumericCheckKind.Total, ok, ok
                        ? $"{list} add up to {b.M.Text}, as stated."
                        : $"{list} add up to {F(parts.Sum(static p => p.M.Value))}, not {b.M.Text}.", [.. parts.Select(static p => p.M), b.M]);
                }
            }

            // "$13.8 trillion less $3.1 trillion, $10.7 trillion".
            if (i + 2 < infos.Length && b.Checkable && infos[i + 1].Bucket == b.Bucket && infos[i + 2].Bucket == b.Bucket && infos[i + 2].Sentence == b.Sentence)
            {
                int between = infos[i + 1].M.FirstToken - b.M.LastToken - 1;
                int op = b.M.LastToken + 1;
                if (between == 1 && (doc.Is(op, "less") || doc.Is(op, "minus") || doc.Is(op, "plus")))
                {
                    Info c = infos[i + 1];
                    Info r = infos[i + 2];
                    int gap = r.M.FirstToken - c.M.LastToken - 1;
                    if (gap is >= 1 and <= 3)
                    {
                        bool plus = doc.Is(op, "plus");
                        double lo = plus ? b.Lo + c.Lo : b.Lo - c.Hi;
                        double hi = plus ? b.Hi + c.Hi : b.Hi - c.Lo;
                        bool ok = lo <= r.Hi && r.Lo <= hi;
                        Add(result, NumericCheckKind.Total, ok, ok
                            ? $"{b.M.Text} {doc.TokenText(op)} {c.M.Text} gives {r.M.Text}, as stated."
                            : $"{b.M.Text} {doc.TokenText(op)} {c.M.Text} does not give {r.M.Text}.", b.M, c.M, r.M);
                    }
                }
            }
        }
    }

    private static bool IsStatedTotal(TextDocument doc, NumberMention m)
    {
        int f = m.FirstToken;
        for (int t = Math.Max(0, f - 5); t < f; t++)
        {
            if ((doc.Is(t, "add") || doc.Is(t, "adds") || doc.Is(t, "added") || doc.Is(t, "adding")) && doc.Is(t + 1, "up")
                || doc.Is(t, "totaling") || doc.Is(t, "totalling") || doc.Is(t, "totaled") || doc.Is(t, "totalled") || doc.Is(t, "totals")
                || (doc.Is(t, "total") && doc.Is(t + 1, "of")) || doc.Is(t, "combined") || doc.Is(t, "altogether"))
            {
                return true;
            }
        }

        return doc.Is(m.LastToken + 1, "in") && doc.Is(m.LastToken + 2, "all") || doc.Is(m.LastToken + 1, "combined") || doc.Is(m.LastToken + 1, "altogether");
    }

    private static bool JoinedByAnd(TextDocument doc, List<Info> parts)
    {
        // The last two parts are joined by "and" or "plus", the others by commas.
        Info x = parts[^2];
        Info y = parts[^1];
        for (int t = x.M.LastToken + 1; t < y.M.FirstToken; t++)
        {
            if (doc.Is(t, "and") || doc.Is(t, "plus"))
            {
                return y.M.FirstToken - x.M.LastToken <= 8;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- change

    private static void Changes(TextDocument doc, Info[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            Info d = infos[i];
            if (d.M.Kind == NumberKind.Measure && d.M.Unit == "year" && d.M.Bound == NumberBound.None)
            {
                YearSpan(doc, infos, i, result);
            }

            // "from 25% to 15%, a 10-point cut"; "leads by 11 points, 46% to 35%".
            if (d.M.Kind is NumberKind.Percent && i + 1 < infos.Length && infos[i + 1].M.Kind == NumberKind.Percent && infos[i + 1].Sentence == d.Sentence
                && infos[i + 1].M.FirstToken - d.M.LastToken == 2 && (doc.Is(d.M.LastToken + 1, "to") || doc.Is(d.M.LastToken + 1, "-") || doc.Is(d.M.LastToken + 1, "\u2192")))
            {
                Info a = d;
                Info b = infos[i + 1];
                Info? stated = null;
                for (int k = Math.Max(0, i - 3); k < Math.Min(infos.Length, i + 5); k++)
                {
                    if (infos[k].Sentence == d.Sentence && infos[k].M.Kind == NumberKind.PercentagePoints && infos[k].M.Unit == "pp")
                    {
                        stated = infos[k];
                        break;
                    }
                }

                if (stated is not null)
                {
                    double diff = Math.Abs(a.M.Value - b.M.Value);
                    double tol = (a.M.Step / 2) + (b.M.Step / 2) + (stated.M.Step / 2) + (stated.M.Bound == NumberBound.None ? 0 : stated.M.Value * 0.15);
                    bool ok = Math.Abs(diff - stated.M.Value) <= tol + 1e-9 || (stated.M.Bound == NumberBound.Lower && diff >= stated.M.Value) || (stated.M.Bound == NumberBound.Upper && diff <= stated.M.Value);
                    Add(result, NumericCheckKind.Change, ok, ok
                        ? $"{a.M.Text} and {b.M.Text} differ by {F(diff)} points, as stated ({stated.M.Text})."
                        : $"{a.M.Text} and {b.M.Text} differ by {F(diff)} points, not {stated.M.Text}.", a.M, b.M, stated.M);
                }

                bool from = doc.Is(a.M.FirstToken - 1, "from");
                if (from)
                {
                    int dir = Direction(doc, a);
                    if (dir != 0 && Math.Sign(b.M.Value - a.M.Value) != 0 && Math.Sign(b.M.Value - a.M.Value) != dir)
                    {
                        Add(result, NumericCheckKind.Change, false, $"The text says the figure went {(dir > 0 ? "up" : "down")}, but it moves from {a.M.Text} to {b.M.Text}.", a.M, b.M);
                    }
                }
            }

            // "up 40% to $7 billion, from $5 billion".
            if (d.M.Kind == NumberKind.Percent && (doc.Is(d.M.FirstToken - 1, "up") || doc.Is(d.M.FirstToken - 1, "down") || doc.Is(d.M.FirstToken - 1, "rose") || doc.Is(d.M.FirstToken - 1, "fell")))
            {
                Info? after = null;
                Info? before = null;
                for (int k = i + 1; k < infos.Length && infos[k].Sentence == d.Sentence; k++)
                {
                    if (infos[k].M.Kind is NumberKind.Money or NumberKind.Count or NumberKind.Measure)
                    {
                        if (after is null && doc.Is(infos[k].M.FirstToken - 1, "to"))
                        {
                            after = infos[k];
                        }
                        else if (after is not null && before is null && doc.Is(infos[k].M.FirstToken - 1, "from") && infos[k].Bucket == after.Bucket)
                        {
                            before = infos[k];
                        }
                    }
                }

                if (after is not null && before is not null && before.M.Value > 0)
                {
                    double pct = Math.Abs(after.M.Value - before.M.Value) / before.M.Value * 100;
                    double tol = d.M.Step / 2 + (100 * (after.M.Step + before.M.Step) / 4 / before.M.Value) + (d.M.Bound == NumberBound.None ? 0 : d.M.Value * 0.15);
                    bool up = doc.Is(d.M.FirstToken - 1, "up") || doc.Is(d.M.FirstToken - 1, "rose");
                    bool ok = Math.Abs(pct - d.M.Value) <= tol && (after.M.Value >= before.M.Value) == up;
                    Add(result, NumericCheckKind.Change, ok, ok
                        ? $"From {before.M.Text} to {after.M.Text} is a change of {F(Math.Round(pct, 1))}%, as stated ({d.M.Text})."
                        : $"From {before.M.Text} to {after.M.Text} is a change of {F(Math.Round(pct, 1))}% {(after.M.Value >= before.M.Value ? "up" : "down")}, not {d.M.Text} {(up ? "up" : "down")}.", before.M, after.M, d.M);
                }
            }
        }
    }

    private static int Direction(TextDocument doc, Info a)
    {
        Sentence s = doc.Sentences[a.Sentence];
        int dir = 0;
        for (int t = Math.Max(s.FirstToken, a.M.FirstToken - 6); t < a.M.FirstToken; t++)
        {
            ReadOnlySpan<char> w = doc.TokenText(t);
            if (w.StartsWith("fell", StringComparison.OrdinalIgnoreCase) || w.StartsWith("drop", StringComparison.OrdinalIgnoreCase) || w.StartsWith("declin", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("cut", StringComparison.OrdinalIgnoreCase) || w.StartsWith("decreas", StringComparison.OrdinalIgnoreCase) || w.StartsWith("shrank", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("lower", StringComparison.OrdinalIgnoreCase) || w.Equals("down", StringComparison.OrdinalIgnoreCase) || w.StartsWith("slipp", StringComparison.OrdinalIgnoreCase))
            {
                dir = -1;
            }
            else if (w.StartsWith("rose", StringComparison.OrdinalIgnoreCase) || w.StartsWith("increas", StringComparison.OrdinalIgnoreCase) || w.StartsWith("grew", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("climb", StringComparison.OrdinalIgnoreCase) || w.StartsWith("jump", StringComparison.OrdinalIgnoreCase) || w.StartsWith("rais", StringComparison.OrdinalIgnoreCase)
                || w.StartsWith("surg", StringComparison.OrdinalIgnoreCase) || w.Equals("up", StringComparison.OrdinalIgnoreCase))
            {
                dir = 1;
            }
        }

        return dir;
    }

    private static void YearSpan(TextDocument doc, Info[] infos, int i, List<NumericCheck> result)
    {
        Info d = infos[i];

        // "seven years, from 2000 to 2007".
        for (int k = i + 1; k + 1 < infos.Length && k <= i + 2; k++)
        {
            Info y1 = infos[k];
            Info y2 = infos[k + 1];
            if (y1.M.Kind == NumberKind.Year && y2.M.Kind == NumberKind.Year && y1.Sentence == d.Sentence && y2.Sentence == d.Sentence && y1.M.Unit is null
                && y1.M.FirstToken - d.M.LastToken <= 4 && doc.Is(y1.M.FirstToken - 1, "from") && y2.M.FirstToken - y1.M.LastToken == 2)
            {
                double span = y2.M.Value - y1.M.Value;
                bool ok = Math.Abs(span - d.M.Value) <= 1;
                Add(result, NumericCheckKind.Change, ok, ok
                    ? $"{d.M.Text} from {y1.M.Text} to {y2.M.Text}: the years agree."
                    : $"{d.M.Text} from {y1.M.Text} to {y2.M.Text}: the years give {F(span)}.", d.M, y1.M, y2.M);
                return;
            }
        }

        // "In 2013 … an initial three-year term … will expire at the 2016 meeting".
        int next = d.M.LastToken + 1;
        bool term = doc.Is(next, "term") || doc.Is(next, "terms") || doc.Is(next, "contract") || doc.Is(next, "lease") || doc.Is(next, "mandate") || doc.Is(next, "appointment");
        if (!term)
        {
            return;
        }

        Info? end = null;
        for (int k = i + 1; k < infos.Length && infos[k].Sentence == d.Sentence; k++)
        {
            if (infos[k].M.Kind == NumberKind.Year && infos[k].M.Unit is null)
            {
                end = infos[k];
                break;
            }
        }

        Info? start = null;
        for (int k = i - 1; k >= 0 && d.Sentence - infos[k].Sentence <= 1; k--)
        {
            if (infos[k].M.Kind == NumberKind.Year && infos[k].M.Unit is null && (doc.Is(infos[k].M.FirstToken - 1, "in") || doc.Is(infos[k].M.FirstToken - 1, "since")))
            {
                start = infos[k];
                break;
            }
        }

        if (start is null || end is null || end.M.Value <= start.M.Value)
        {
            return;
        }

        bool fits = Math.Abs(end.M.Value - start.M.Value - d.M.Value) <= 0.5;
        Add(result, NumericCheckKind.Change, fits, fits
            ? $"A {d.M.Text} term from {start.M.Text} ends in {end.M.Text}: the years agree."
            : $"A {d.M.Text} term from {start.M.Text} would end in {F(start.M.Value + d.M.Value)}, not {end.M.Text}.", start.M, d.M, end.M);
    }

    // ---------------------------------------------------------------- ratio

    private static void Ratios(TextDocument doc, Info[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i + 1 < infos.Length; i++)
        {
            Info a = infos[i];
            Info b = infos[i + 1];

            // "one ounce … per every twelve pounds" then "about 180 pounds … about fifteen ounces".
            if (a.M.Kind == NumberKind.Measure && b.M.Kind == NumberKind.Measure && a.Sentence == b.Sentence && a.M.Unit != b.M.Unit && b.M.Value > 0)
            {
                bool per = false;
                for (int t = a.M.LastToken + 1; t < b.M.FirstToken; t++)
                {
                    if (doc.Is(t, "per") || (doc.Is(t, "every") && doc.Is(t - 1, "for")))
                    {
                        per = true;
                    }
                }

                if (!per || b.M.FirstToken - a.M.LastToken > 6)
                {
                    continue;
                }

                double rate = a.M.Value / b.M.Value;
                Info? baseQ = null;
                for (int k = i + 2; k < infos.Length && infos[k].Sentence - b.Sentence <= 2; k++)
                {
                    Info c = infos[k];
                    if (baseQ is null && c.M.Kind == NumberKind.Measure && c.M.Unit == b.M.Unit)
                    {
                        baseQ = c;
                    }
                    else if (baseQ is not null && c.M.Kind == NumberKind.Measure && c.M.Unit == a.M.Unit && c.Sentence - baseQ.Sentence <= 1)
                    {
                        double expected = rate * baseQ.M.Value;
                        double lo = rate * baseQ.Lo * 0.9;
                        double hi = rate * baseQ.Hi * 1.1;
                        bool ok = c.Lo <= hi && lo <= c.Hi;
                        Add(result, NumericCheckKind.Ratio, ok, ok
                            ? $"{a.M.Text} per {b.M.Text} applied to {baseQ.M.Text} gives about {F(Math.Round(expected, 2))}, as stated ({c.M.Text})."
                            : $"{a.M.Text} per {b.M.Text} applied to {baseQ.M.Text} gives about {F(Math.Round(expected, 2))}, not {c.M.Text}.", a.M, b.M, baseQ.M, c.M);
                        break;
                    }
                }
            }

            // "X is 28 times Y", "three times as much as".
            if (a.M.Kind == NumberKind.Multiple && i > 0)
            {
                Info x = infos[i - 1];
                Info y = b;
                if (x.Checkable && x.Bucket == y.Bucket && x.Sentence == a.Sentence && y.Sentence == a.Sentence && y.M.Value > 0
                    && a.M.FirstToken - x.M.LastToken <= 4 && y.M.FirstToken - a.M.LastToken <= 5)
                {
                    double factor = x.M.Value / y.M.Value;
                    bool ok = factor >= a.M.Value * 0.85 * (x.Lo / x.M.Value) && factor <= a.M.Value * 1.15 * (x.Hi / x.M.Value);
                    ok |= Math.Abs(factor - (a.M.Value + 1)) <= 0.15 * a.M.Value && doc.Is(a.M.LastToken + 1, "more");
                    Add(result, NumericCheckKind.Ratio, ok, ok
                        ? $"{x.M.Text} is {F(Math.Round(factor, 2))} times {y.M.Text}, as stated ({a.M.Text})."
                        : $"{x.M.Text} is {F(Math.Round(factor, 2))} times {y.M.Text}, not {a.M.Text}.", x.M, a.M, y.M);
                }
            }
        }
    }

    // ---------------------------------------------------------------- reference facts

    private static void References(TextDocument doc, Info[] infos, IReadOnlyList<ReferenceFact> facts, List<NumericCheck> result)
    {
        if (facts.Count == 0)
        {
            return;
        }

        foreach (Info info in infos)
        {
            NumberMention number = info.M;
            if (!info.Checkable)
            {
                continue;
            }

            Sentence sentence = doc.Sentences[info.Sentence];
            ReadOnlySpan<char> sentenceText = sentence.Span.Slice(doc.Folded);
            ReferenceFact? match = null;
            foreach (ReferenceFact fact in facts)
            {
                int at = MentionAt(sentenceText, fact);
                if (at >= 0 && UnitMatches(fact.Unit, number) && IsNearest(infos, info, sentence.Span.Start + at, fact))
                {
                    match = fact;
                    break;
                }
            }

            var spans = new[] { Ref(number) };
            if (match is null)
            {
                result.Add(new NumericCheck
                {
                    Kind = NumericCheckKind.Reference,
                    Status = NumericCheckStatus.Unverifiable,
                    Message = $"No reference fact covers {number.Text}.",
                    Spans = spans,
                });
                continue;
            }

            double tolerance = Math.Max(match.Tolerance, 1e-9) * Math.Abs(match.Value);
            bool agrees = match.Value >= info.Lo - tolerance && match.Value <= info.Hi + tolerance;
            string source = match.Source is null ? string.Empty : $" ({match.Source}{(match.AsOf is null ? string.Empty : ", " + match.AsOf)})";
            result.Add(new NumericCheck
            {
                Kind = NumericCheckKind.Reference,
                Status = agrees ? NumericCheckStatus.Confirmed : NumericCheckStatus.Contradicted,
                Message = agrees
                    ? $"{number.Text} matches the reference value {F(match.Value)} for {match.Key}{source}."
                    : $"{number.Text} differs from the reference value {F(match.Value)} for {match.Key}{source}.",
                Spans = spans,
            });
        }
    }

    private static bool UnitMatches(string? factUnit, NumberMention m)
    {
        string? u = factUnit?.Trim();
        if (string.IsNullOrEmpty(u) || u.Equals("count", StringComparison.OrdinalIgnoreCase))
        {
            return m.Kind == NumberKind.Count;
        }

        if (u is "%" || u.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return m.Kind == NumberKind.Percent;
        }

        if (u.Equals("pp", StringComparison.OrdinalIgnoreCase))
        {
            return m.Kind == NumberKind.PercentagePoints;
        }

        return string.Equals(u, m.Unit, StringComparison.OrdinalIgnoreCase)
            || (m.Kind == NumberKind.Count && m.Subject is not null && m.Subject.EndsWith(u, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Where the fact's key or an alias occurs in the sentence, or -1.</summary>
    private static int MentionAt(ReadOnlySpan<char> sentence, ReferenceFact fact)
    {
        int at = fact.Key.Length > 0 ? sentence.IndexOf(fact.Key.AsSpan(), StringComparison.OrdinalIgnoreCase) : -1;
        if (at >= 0)
        {
            return at;
        }

        foreach (string alias in fact.Aliases)
        {
            at = alias.Length > 0 ? sentence.IndexOf(alias.AsSpan(), StringComparison.OrdinalIgnoreCase) : -1;
            if (at >= 0)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>True when no other figure of the fact's unit in the sentence stands closer to the fact's name.</summary>
    private static bool IsNearest(Info[] infos, Info info, int phraseAt, ReferenceFact fact)
    {
        int distance = Math.Abs(info.M.Start - phraseAt);
        for (int k = Math.Max(0, info.Index - 8); k < Math.Min(infos.Length, info.Index + 9); k++)
        {
            Info other = infos[k];
            if (k != info.Index && other.Sentence == info.Sentence && UnitMatches(fact.Unit, other.M) && Math.Abs(other.M.Start - phraseAt) < distance)
            {
                return false;
            }
        }

        return true;
    }
}
