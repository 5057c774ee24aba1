namespace EpistemicScoring.Server.Tests.Support;

/// <summary>Drafts written for these tests.</summary>
internal static class Drafts
{
    /// <summary>A short news report with named and unnamed sources, a hedge, a booster and several figures.</summary>
    public const string Seawall =
        "The harbor board voted 5-2 on Monday to build a $48 million seawall along the east docks, board chair Lena Sorvik said after the vote. "
        + "The state will pay $30 million and a municipal bond the remaining $18 million, according to the city finance office.\n\n"
        + "Two officials who were not authorized to speak publicly said the final cost may rise, because steel prices have climbed 12% since the spring. "
        + "Critics say the wall will undoubtedly fail within a decade, but the engineering firm Halvorsen & Reyes wrote in its 2024 assessment that it would cut flood damage by about half.\n\n"
        + "\"We looked at every option and this one protects the most homes,\" Sorvik said. "
        + "Dock workers appear divided: some believe the project will bring jobs, while others fear the construction will close the fish market for months.\n\n"
        + "The board expects work to begin in March. If the bond fails at the ballot, the project could be delayed until 2027, the finance office said.";

    /// <summary>A second version of <see cref="Seawall"/> with the sourcing stripped out.</summary>
    public const string SeawallUnsourced =
        "The harbor board voted on Monday to build a seawall along the east docks. It will clearly be the best thing the city has done in years. "
        + "Everyone knows the old docks were a disgrace, and the new wall will certainly stop every flood. "
        + "Some say the cost may rise, and critics believe the wall might fail, but they are simply wrong. "
        + "The project is obviously a triumph and work should begin at once, whatever the doubters claim. "
        + "People familiar with the plans said the board wants to move fast before anyone asks more questions about the money.";

    /// <summary>A draft that carries markup and script, which the page must show as text and never run.</summary>
    public const string WithMarkup =
        "<script>window.__pwned = 1;</script><img src=\"x\" onerror=\"window.__pwned = 2\"> <b>Bold claim</b>: "
        + "officials said the budget may grow by 8% next year, the treasurer Ola Brandt said on Friday.";
}
