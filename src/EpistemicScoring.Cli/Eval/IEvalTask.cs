namespace EpistemicScoring.Cli.Eval;

/// <summary>What an evaluation task is given.</summary>
/// <param name="Scorer">The scorer under test.</param>
/// <param name="DataPath">The labelled data file.</param>
/// <param name="Io">Where to write.</param>
/// <param name="Json">True to print the figures as one JSON object instead of text.</param>
/// <param name="ReportPath">Where to write an extra report (HTML), or null.</param>
/// <param name="Extra">Further task-specific options by name.</param>
internal sealed record EvalContext(EpistemicScorer Scorer, string DataPath, ConsoleIO Io, bool Json, string? ReportPath, IReadOnlyDictionary<string, string?> Extra);

/// <summary>One <c>epistemic eval --task NAME</c>.</summary>
internal interface IEvalTask
{
    /// <summary>The task name given to <c>--task</c>.</summary>
    string Name { get; }

    /// <summary>One line on what the task measures.</summary>
    string Description { get; }

    /// <summary>Runs the evaluation and prints its figures.</summary>
    /// <param name="context">The scorer, data and output.</param>
    /// <returns>The exit code.</returns>
    int Run(EvalContext context);
}
