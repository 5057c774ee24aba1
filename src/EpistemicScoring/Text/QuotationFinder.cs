namespace EpistemicScoring.Text;

/// <summary>
/// Pairs double quotation marks into quotations. Curly marks tell their direction; a straight mark opens
/// after white space or an opening bracket and closes otherwise. A quotation still open at the end of a
/// paragraph closes there, which also covers the news convention of a quote running over several paragraphs
/// (each paragraph reopens it without closing the one before).
/// </summary>
internal static class QuotationFinder
{
    public static void Find(TextDocument doc, bool[] inQuote, List<Quotation> result)
    {
        ReadOnlySpan<Paragraph> paragraphs = doc.Paragraphs;
        ReadOnlySpan<Sentence> sentences = doc.Sentences;
        foreach (Paragraph p in paragraphs)
        {
            if (p.SentenceCount == 0)
            {
                continue;
            }

            int first = sentences[p.FirstSentence].FirstToken;
            int end = sentences[p.FirstSentence + p.SentenceCount - 1].EndToken;
            int open = -1;
            for (int i = first; i < end; i++)
            {
                Token t = doc[i];
                if (t.Kind != TokenKind.Punctuation || doc.Folded[t.Start] != '"')
                {
                    continue;
                }

                bool opening = IsOpening(doc, i);
                if (open < 0)
                {
                    if (opening)
                    {
                        open = i;
                    }
                }
                else if (!opening || doc.Text[t.Start] == '"')
                {
                    Add(doc, result, inQuote, open, i, closed: true);
                    open = -1;
                }
                else
                {
                    // A second curly opening mark: the first one was never closed.
                    Add(doc, result, inQuote, open, i - 1, closed: false);
                    open = i;
                }
            }

            if (open >= 0 && open < end - 1)
            {
                Add(doc, result, inQuote, open, end - 1, closed: false);
            }
        }
    }

    private static bool IsOpening(TextDocument doc, int i)
    {
        char original = doc.Text[doc[i].Start];
        if (original is '\u201C' or '\u201E' or '\u00AB')
        {
            return true;
        }

        if (original is '\u201D' or '\u00BB')
        {
            return false;
        }

        int start = doc[i].Start;
        char before = start == 0 ? ' ' : doc.Folded[start - 1];
        return char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '-' or ':';
    }

    private static void Add(TextDocument doc, List<Quotation> result, bool[] inQuote, int open, int close, bool closed)
    {
        int innerFirst = open + 1;
        int innerLast = closed ? close - 1 : close;
        if (innerLast < innerFirst)
        {
            return;
        }

        for (int t = innerFirst; t <= innerLast; t++)
        {
            inQuote[t] = true;
        }

        TextSpan inner = doc.SpanOf(innerFirst, innerLast);
        result.Add(new Quotation(doc.SpanOf(open, close), inner, open, close + 1));
    }
}
