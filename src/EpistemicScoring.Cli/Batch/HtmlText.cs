using SmartReader;

namespace EpistemicScoring.Cli.Batch;

/// <summary>The main text of an HTML page, found by SmartReader (a port of Mozilla's Readability); no network use.</summary>
internal static class HtmlText
{
    /// <summary>The page's main text, with its title as the first line when it has one; null when it has no body.</summary>
    public static string? Extract(string html, string name)
    {
        var reader = new Reader($"file:///{Uri.EscapeDataString(name)}", html)
        {
            Debug = false,

            // Short pages (a brief, a press note) are documents too: extract whatever main text there is.
            ContinueIfNotReadable = true,
            CharThreshold = 1,
        };
        Article article = reader.GetArticle();
        string body = (article.TextContent ?? string.Empty).Trim();
        if (body.Length == 0)
        {
            return null;
        }

        string title = (article.Title ?? string.Empty).Trim();
        return title.Length > 0 && !body.StartsWith(title, StringComparison.Ordinal) ? title + "\n\n" + body : body;
    }
}
