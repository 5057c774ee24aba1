using EpistemicScoring.Server.Tests.Support;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace EpistemicScoring.Server.Tests;

/// <summary>
/// The editorial page in a real headless Chromium (Debian's <c>/usr/bin/chromium</c>, installed by .ci/run; no
/// browser is ever downloaded): a pasted draft gets five verdicts and its evidence highlighted in place, an edit
/// updates them, markup in a draft shows as text and never runs, and two drafts compare side by side. A
/// screenshot of the page is kept under the test output folder (its path is printed).
/// </summary>
public sealed class EditorialPageBrowserTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(30);

    private readonly List<string> _pageErrors = [];
    private EditorialServer? _server;
    private IBrowser? _browser;
    private IPage? _page;
    private string? _profileDir;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _server = EditorialServer.Create(EpistemicScorer.CreateDefault(), new EditorialServiceOptions { Port = 0 });
        await _server.StartAsync();
        _profileDir = Directory.CreateTempSubdirectory("epistemic-chromium-").FullName;
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            UserDataDir = _profileDir,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
            Timeout = (int)s_wait.TotalMilliseconds,
        });
        _page = await _browser.NewPageAsync();
        await _page.SetViewportAsync(new ViewPortOptions { Width = 1360, Height = 1250 });
        _page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error)
            {
                _pageErrors.Add($"{e.Message.Text} ({e.Message.Location?.URL})");
            }
        };
        _page.PageError += (_, e) => _pageErrors.Add(e.Message);
        await _page.GoToAsync(_server.Address!.ToString(), new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }

        if (_profileDir is not null)
        {
            try
            {
                Directory.Delete(_profileDir, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be writing its profile as it exits; the folder is under the temp directory.
            }
        }
    }

    [SkippableFact]
    public async Task Page_PastedDraft_ShowsFiveVerdictsAndHighlightsTheEvidence()
    {
        IPage page = RequirePage();

        await Paste(page, "#draft", Drafts.Seawall);
        await WaitForScore(page, "#verdicts .law", 5);

        string[] laws = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#verdicts .law')).map(c => c.dataset.law)");
        Assert.Equal(["truthfulness", "sourceReferencing", "reliabilityAccuracy", "contextualJudgment", "inferenceTraceability"], laws);
        string[] verdicts = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#verdicts .law .verdict')).map(v => v.textContent)");
        Assert.All(verdicts, v => Assert.Contains(v, new[] { "high", "moderate", "low", "insufficient" }));
        int rationales = await page.EvaluateExpressionAsync<int>("Array.from(document.querySelectorAll('#verdicts .law')).filter(c => c.querySelectorAll('.rationale li').length > 0).length");
        Assert.Equal(5, rationales);

        // The highlighted copy is the draft itself, character for character, with marks around the evidence.
        Assert.Equal(Drafts.Seawall, await page.EvaluateExpressionAsync<string>("document.getElementById('marked').textContent"));
        Assert.Contains("board chair Lena Sorvik", await MarkTexts(page, "src-named"));
        Assert.Contains("Critics", await MarkTexts(page, "src-unnamed"));
        Assert.Contains("may", await MarkTexts(page, "hedge"));
        Assert.Contains("undoubtedly", await MarkTexts(page, "booster"));
        Assert.Contains("$48 million", await MarkTexts(page, "fig"));
        Assert.NotEmpty(await MarkTexts(page, "finding-neg"));

        // An edit is scored again without a click: the added booster is highlighted.
        await page.FocusAsync("#draft");
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" The repairs will certainly be finished early.");
        await page.WaitForFunctionAsync(
            "() => Array.from(document.querySelectorAll('#marked mark.booster')).some(m => m.textContent.includes('certainly'))",
            new WaitForFunctionOptions { Timeout = (int)s_wait.TotalMilliseconds });

        // Undo the edit, score the original again, and keep a picture of the page as the writer sees it.
        await Paste(page, "#draft", Drafts.Seawall);
        await page.TypeAsync("#title", "Harbor board approves seawall");
        await WaitForScore(page, "#verdicts .law", 5);
        string shot = Path.Combine(AppContext.BaseDirectory, "artifacts", "editorial-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(shot, new ScreenshotOptions { FullPage = true });
        output.WriteLine($"screenshot: {shot}");
        Console.WriteLine($"screenshot: {shot}");
        Assert.True(new FileInfo(shot).Length > 10_000);
        Assert.True(_pageErrors.Count == 0, "The page reported errors: " + string.Join("; ", _pageErrors));
    }

    [SkippableFact]
    public async Task Page_DraftWithScript_ShowsItAsTextAndNeverRunsIt()
    {
        IPage page = RequirePage();

        await Paste(page, "#draft", Drafts.WithMarkup);
        await WaitForScore(page, "#verdicts .law", 5);

        Assert.Equal("undefined", await page.EvaluateExpressionAsync<string>("typeof window.__pwned"));
        Assert.Equal(Drafts.WithMarkup, await page.EvaluateExpressionAsync<string>("document.getElementById('marked').textContent"));
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#marked script, #marked img, #marked b, #verdicts script, #verdicts img').length"));
        string marks = string.Join("|", await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#marked mark')).map(m => m.textContent)"));
        Assert.Contains("may", marks, StringComparison.Ordinal);
        Assert.True(_pageErrors.Count == 0, "The page reported errors: " + string.Join("; ", _pageErrors));
    }

    [SkippableFact]
    public async Task Page_TwoDrafts_CompareSideBySide()
    {
        IPage page = RequirePage();

        await page.ClickAsync("#tab-compare");
        await Paste(page, "#draft-a", Drafts.Seawall);
        await Paste(page, "#draft-b", Drafts.SeawallUnsourced);
        await page.WaitForFunctionAsync(
            "() => Array.from(document.querySelectorAll('#compare-table tbody td.delta')).filter(d => d.textContent !== '–').length === 6",
            new WaitForFunctionOptions { Timeout = (int)s_wait.TotalMilliseconds });

        string[] rows = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('#compare-table tbody tr')).map(r => r.dataset.law)");
        Assert.Equal(["overall", "truthfulness", "sourceReferencing", "reliabilityAccuracy", "contextualJudgment", "inferenceTraceability"], rows);
        // The unsourced rewrite scores lower on source referencing, and the table says so with a negative change.
        double change = await page.EvaluateExpressionAsync<double>("parseFloat(document.querySelector('#compare-table tr[data-law=sourceReferencing] td.delta').textContent)");
        Assert.True(change < 0, $"source referencing changed by {change}");
        Assert.Equal(Drafts.SeawallUnsourced, await page.EvaluateExpressionAsync<string>("document.getElementById('marked-b').textContent"));
        Assert.True(await page.EvaluateExpressionAsync<bool>("document.getElementById('single').hidden"));

        string shot = Path.Combine(AppContext.BaseDirectory, "artifacts", "editorial-page-compare.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(shot, new ScreenshotOptions { FullPage = true });
        output.WriteLine($"screenshot: {shot}");
        Assert.True(_pageErrors.Count == 0, "The page reported errors: " + string.Join("; ", _pageErrors));
    }

    private IPage RequirePage()
    {
        if (_page is null)
        {
            // In CI the browser is installed by .ci/run, so its absence there is a failure, not a skip.
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"CI=true but {ChromiumPath} is missing: .ci/run should have installed Debian's chromium.");
            Skip.If(true, $"{ChromiumPath} is not installed (apt-get install chromium); the browser test of the editorial page is skipped.");
        }

        return _page!;
    }

    /// <summary>Puts text into a field the way a paste does: the value changes and an input event fires.</summary>
    private static Task Paste(IPage page, string selector, string text) =>
        page.EvaluateFunctionAsync(
            """
            (selector, text) => {
              const field = document.querySelector(selector);
              field.focus();
              field.value = text;
              field.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste", data: text }));
            }
            """,
            selector,
            text);

    /// <summary>Waits until the page has scored what is in the field now and drawn <paramref name="count"/> cards.</summary>
    private static async Task WaitForScore(IPage page, string cards, int count)
    {
        await page.WaitForFunctionAsync(
            $"() => document.getElementById('status').dataset.state === 'done' && document.querySelectorAll('{cards}').length === {count}",
            new WaitForFunctionOptions { Timeout = (int)s_wait.TotalMilliseconds, PollingInterval = 50 });
    }

    /// <summary>The highlighted stretches of a category: runs of adjacent marks that carry its class, joined.</summary>
    private static async Task<string[]> MarkTexts(IPage page, string cls) =>
        await page.EvaluateFunctionAsync<string[]>(
            """
            (cls) => {
              const runs = [];
              let run = null;
              for (const node of document.getElementById("marked").childNodes) {
                const hit = node.nodeType === 1 && node.classList.contains(cls);
                if (hit) run = (run ?? "") + node.textContent;
                else if (run !== null) { runs.push(run); run = null; }
              }
              if (run !== null) runs.push(run);
              return runs;
            }
            """,
            cls);
}
