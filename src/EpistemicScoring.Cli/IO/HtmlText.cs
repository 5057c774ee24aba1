using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EpistemicScoring.Cli.IO;

/// <summary>
/// The main text of an HTML page, as the scorer should see it: the article found by SmartReader (a port of
/// Mozilla's Readability), its title as the first line (the headline), then one paragraph per block separated by
/// blank lines; menus, scripts and sidebars are left out. A page Readability cannot read falls back to the
/// body's text. Shared by <c>score</c> and any command that reads HTML files, so that the same page scores the
/// same everywhere.
/// </summary>
internal static partial class HtmlText
{
    private static readonly string[] Blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td", "dd", "dt"];

    /// <summary>True for a path whose extension says HTML (<c>.html</c>, <c>.htm</c>, <c>.xhtml</c>).</summary>
    public static bool IsHtmlPath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    /// <summary>Extracts the main text of <paramref name="html"/>.</summary>
    public static string Extract(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser();
        string? title = null;
        IDocument? content = null;
        // Readability keeps a page's short siblings of the article (a subscription banner in the page header);
        // the page's own navigation, banners, asides and footers are never the article, so they go first.
        IDocument page = parser.ParseDocument(html);
        foreach (IElement e in page.QuerySelectorAll("script, style, noscript, template, nav, aside, form, footer, header, [role=navigation], [role=banner], [role=contentinfo]").ToList())
        {
            if (e.LocalName == "header" && e.Closest("article, main") is not null)
            {
                continue; // an article's own header holds its headline and byline
            }

            e.Remove();
        }

        try
        {
            SmartReader.Article article = SmartReader.Reader.ParseArticle("https://localhost/", page.DocumentElement.OuterHtml, userAgent: null);
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
            {
                title = article.Title;
                content = parser.ParseDocument(article.Content);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or NullReferenceException)
        {
            content = null; // an odd page: fall back to the whole body below
        }

        if (content is null)
        {
            content = page;
            title = content.QuerySelector("h1")?.TextContent ?? content.Title;
        }

        var sb = new StringBuilder();
        string? head = title is null ? null : Normalize(title);
        if (!string.IsNullOrEmpty(head))
        {
            sb.Append(head).Append("\n\n");
        }

        IElement root = content.Body ?? content.DocumentElement;
        var blocks = root.QuerySelectorAll(string.Join(", ", Blocks)).Where(static e => !HasBlockAncestorInList(e)).ToList();
        if (blocks.Count == 0)
        {
            sb.Append(Normalize(root.TextContent));
        }
        else
        {
            foreach (IElement block in blocks)
            {
                string line = Normalize(block.TextContent);
                if (line.Length == 0 || (sb.Length == head?.Length + 2 && line == head))
                {
                    continue; // empty, or the title repeated as the first heading
                }

                sb.Append(line).Append("\n\n");
            }
        }

        return sb.ToString().TrimEnd() + "\n";
    }

    /// <summary>True when plain text looks like HTML or XML markup (several tags), which would be scored as words.</summary>
    public static bool LooksLikeMarkup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int tags = 0;
        foreach (ValueMatch _ in TagPattern().EnumerateMatches(text.AsSpan(0, Math.Min(text.Length, 200_000))))
        {
            if (++tags >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBlockAncestorInList(IElement e)
    {
        for (IElement? p = e.ParentElement; p is not null; p = p.ParentElement)
        {
            if (Array.IndexOf(Blocks, p.LocalName) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"</?(?:html|head|body|p|div|span|a|br|script|style|li|ul|ol|h[1-6]|article|section|img|table|tr|td|meta|link)\b[^<>]{0,500}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagPattern();
}
