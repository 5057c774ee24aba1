namespace EpistemicScoring.Text;

/// <summary>
/// Finds the headline: the text's first line, when it is a line of its own of three to thirty words with no closing
/// full stop or exclamation mark and prose follows it ("Port levy stalls as talks end without a deal"). A one- or
/// two-word line is a label or kicker ("Opinion"), not a headline.
/// </summary>
internal static class Headline
{
    private const int MinWords = 3;

    private const int MaxWords = 30;

    /// <summary>The index of the headline sentence (always 0), or -1 when the text has none.</summary>
    /// <param name="doc">The parsed text.</param>
    /// <returns>0 or -1.</returns>
    public static int Find(TextDocument doc)
    {
        if (doc.Sentences.Length < 3)
        {
            return -1;
        }

        Sentence s = doc.Sentences[0];
        int words = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            words += doc[i].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
        }

        bool ownLine = s.EndToken < doc.TokenCount && doc.NewlinesBefore(s.EndToken) > 0;
        bool closed = doc.TokenText(s.EndToken - 1) is "." or "!";
        return words is >= MinWords and <= MaxWords && ownLine && !closed ? 0 : -1;
    }
}
