using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS210: attributions that say where, how or when the source spoke ("said in a statement", "told reporters on Tuesday").</summary>
internal sealed class AttributionOccasionRule : IRule
{
    /// <summary>Words a day may stand from the attribution cue ("said on Tuesday", "on Tuesday said").</summary>
    private const int DayDistance = 4;

    /// <summary>Words allowed between the preposition and the channel noun ("in a brief written statement").</summary>
    private const int ChannelGap = 3;

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.AttributionOccasion,
        "Occasion of a statement given",
        Law.SourceReferencing,
        defaultWeight: 0.4,
        "An attribution that names its occasion or channel (\"in a statement\", \"at a news conference\", \"told reporters\", \"on Tuesday\") tells the reader how the words reached the writer and where to find them; a quotation with no occasion could have come from anywhere. One finding per sentence that attributes something and names how, where or when it was said.")
    {
        Examples =
        [
            "The ministry said [|in a statement|] that the bridge would reopen in May.",
            "Mayor Lena Ortiz [|told reporters|] the budget was balanced.",
            "The senator said [|on Tuesday|] that she would vote against the bill.",
        ],
        CounterExamples =
        [
            "Mayor Lena Ortiz said the budget was balanced.",
            "\"We will publish a statement on Friday,\" the mayor said.",
            "The mayor said the figures were in Ruiz's email from last year.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        TextDocument doc = context.Document;
        Lexicon occasions = context.Lexicons["attribution-occasions"];
        var done = new HashSet<int>();

        // The channel phrase of a sentence ("in a statement") does not depend on the cue, so it is looked for once
        // per sentence: a sentence of a thousand attributions is read once, not once per attribution.
        var channels = new Dictionary<int, (int Token, TextSpan Span)?>();
        foreach (SourceMention source in context.Analysis.Sourcing)
        {
            if (source.Cue is not { } cue)
            {
                continue;
            }

            int cueToken = doc.TokenAtOrAfter(cue.Start);
            if (cueToken >= doc.Tokens.Length)
            {
                continue;
            }

            int s = doc.SentenceOf(cueToken);
            if (done.Contains(s))
            {
                continue;
            }

            if (!channels.TryGetValue(s, out (int Token, TextSpan Span)? channel))
            {
                channel = FindChannel(doc, occasions, doc.Sentences[s]);
                channels.Add(s, channel);
            }

            int cueEnd = doc.TokenAtOrAfter(cue.Start + cue.Length);
            if (FindOccasion(doc, occasions, doc.Sentences[s], cueToken, cueEnd, channel) is { } occasion)
            {
                done.Add(s);
                string who = source.Antecedent?.Text ?? source.Text;
                context.Report(occasion, $"Says how or when {who} spoke: \"{doc.Text.AsSpan(occasion.Start, occasion.Length)}\"");
            }
        }
    }

    /// <summary>
    /// The first occasion phrase of the sentence outside quotations, or null: the earliest of its channel phrase
    /// (<paramref name="channel"/>), "told reporters" at the cue, and a day within <see cref="DayDistance"/> words of the cue.
    /// </summary>
    private static TextSpan? FindOccasion(TextDocument doc, Lexicon occasions, Sentence sentence, int cueToken, int cueEnd, (int Token, TextSpan Span)? channel)
    {
        int before = channel?.Token ?? sentence.EndToken;
        int from = Math.Max(sentence.FirstToken, cueToken - DayDistance);
        int to = Math.Min(Math.Min(sentence.EndToken, before), cueEnd + DayDistance);
        for (int i = from; i < to; i++)
        {
            if (doc.IsInQuote(i) || doc[i].Kind != TokenKind.Word || IsChannelPreposition(doc, i))
            {
                continue;
            }

            if (i == cueToken && (doc.Is(i, "told") || doc.Is(i, "tells")))
            {
                int k = i + 1;
                if (k < sentence.EndToken && (doc.Is(k, "the") || doc.Is(k, "a") || doc.Is(k, "an")))
                {
                    k++;
                }

                if (k < sentence.EndToken && occasions.TryGet(doc.TokenText(k), out LexiconEntry? entry) && entry.Tag == "audience")
                {
                    return Between(doc, i, k);
                }
            }
            else if (Math.Abs(i < cueToken ? cueToken - i : i - cueEnd + 1) <= DayDistance
                && occasions.TryGet(doc.TokenText(i), out LexiconEntry? day) && day.Tag == "day")
            {
                int first = i > sentence.FirstToken && doc.Is(i - 1, "on") ? i - 1 : i;
                return Between(doc, first, i);
            }
        }

        return channel?.Span;
    }

    private static bool IsChannelPreposition(TextDocument doc, int i) =>
        doc.Is(i, "on") || doc.Is(i, "in") || doc.Is(i, "at") || doc.Is(i, "during") || doc.Is(i, "through");

    /// <summary>The first channel or platform phrase of the sentence outside quotations ("in a statement", "on Twitter"), with the token it starts at.</summary>
    private static (int Token, TextSpan Span)? FindChannel(TextDocument doc, Lexicon occasions, Sentence sentence)
    {
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (doc.IsInQuote(i) || doc[i].Kind != TokenKind.Word || !IsChannelPreposition(doc, i))
            {
                continue;
            }

            // A possessive in the gap makes the noun someone's thing ("in Ruiz's email"), not the occasion.
            bool on = doc.Is(i, "on");
            int limit = Math.Min(sentence.EndToken, i + 2 + ChannelGap);
            for (int k = i + 1; k < limit && doc[k].Kind == TokenKind.Word && !doc.IsInQuote(k) && !IsPossessive(doc, k); k++)
            {
                if (occasions.TryGet(doc.TokenText(k), out LexiconEntry? entry)
                    && (entry.Tag == "platform" || (entry.Tag == "channel" && !on)))
                {
                    return (i, Between(doc, i, k));
                }
            }
        }

        return null;
    }

    private static bool IsPossessive(TextDocument doc, int index)
    {
        ReadOnlySpan<char> text = doc.TokenText(index);
        return text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || doc.Is(index + 1, "'s");
    }

    private static TextSpan Between(TextDocument doc, int first, int last) =>
        new(doc[first].Start, doc[last].End - doc[first].Start);
}
