using System.Collections.Frozen;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>Gives each sentence a claim type from the sources, numbers and cues already found in it.</summary>
internal static class ClaimClassifier
{
    private static readonly FrozenSet<string> InferenceCues = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "therefore", "thus", "hence", "consequently", "so", "means", "suggests", "shows", "proves");

    public static ClaimType[] Classify(TextDocument doc, IReadOnlyList<SourceMention> sources, IReadOnlyList<NumberMention> numbers)
    {
        var types = new ClaimType[doc.Sentences.Length];
        var attributed = new bool[types.Length];
        var factual = new bool[types.Length];
        foreach (SourceMention s in sources)
        {
            int t = doc.TokenAtOrAfter(s.Start);
            if (t < doc.TokenCount)
            {
                attributed[doc.SentenceOf(t)] = true;
            }
        }

        foreach (NumberMention n in numbers)
        {
            int t = doc.TokenAtOrAfter(n.Start);
            if (t < doc.TokenCount)
            {
                factual[doc.SentenceOf(t)] = true;
            }
        }

        foreach (Sentence sentence in doc.Sentences)
        {
            int last = sentence.EndToken - 1;
            ClaimType type = ClaimType.Evaluation;
            if (sentence.TokenCount < 4)
            {
                type = ClaimType.None;
            }
            else if (doc.Is(last, "?"))
            {
                type = ClaimType.Question;
            }
            else if (attributed[sentence.Index])
            {
                type = ClaimType.Attributed;
            }
            else
            {
                for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
                {
                    if (doc.IsIn(i, InferenceCues))
                    {
                        type = ClaimType.Inference;
                        break;
                    }

                    if (doc.Is(i, "will") && !doc.IsInQuote(i))
                    {
                        type = ClaimType.Prediction;
                    }
                }

                if (type == ClaimType.Evaluation && factual[sentence.Index])
                {
                    type = ClaimType.Factual;
                }
            }

            types[sentence.Index] = type;
        }

        return types;
    }
}
