namespace EpistemicScoring.Tests.Support;

/// <summary>Parses text with spans marked <c>[|…|]</c>, as rule examples are written.</summary>
internal static class MarkedText
{
    public static (string Text, List<TextSpan> Spans) Parse(string marked)
    {
        var spans = new List<TextSpan>();
        var sb = new System.Text.StringBuilder(marked.Length);
        int i = 0;
        while (i < marked.Length)
        {
            if (string.CompareOrdinal(marked, i, "[|", 0, 2) == 0)
            {
                int end = marked.IndexOf("|]", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException($"Unclosed [| in: {marked}");
                }

                int start = sb.Length;
                sb.Append(marked, i + 2, end - i - 2);
                spans.Add(new TextSpan(start, sb.Length - start));
                i = end + 2;
            }
            else
            {
                sb.Append(marked[i]);
                i++;
            }
        }

        return (sb.ToString(), spans);
    }
}
