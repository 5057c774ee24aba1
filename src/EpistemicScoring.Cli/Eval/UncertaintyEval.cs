using System.Text.Json;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// <c>--task uncertainty</c>: sentence-level <c>uncertain</c> against JSONL records with <c>text</c> and a boolean
/// <c>uncertain</c> (the Szeged/CoNLL-2010 format). Each record is one sentence; it counts as uncertain when any
/// sentence the scorer finds in it is.
/// </summary>
internal sealed class UncertaintyEval : IEvalTask
{
    public string Name => "uncertainty";

    public string Description => "precision, recall and F1 of sentences[].uncertain against JSONL {text, uncertain}";

    public int Run(EvalContext context)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach ((int line, JsonElement record) in JsonLines.Read(context.DataPath))
        {
            string? text = JsonLines.String(record, "text");
            if (text is null || !record.TryGetProperty("uncertain", out JsonElement gold) || gold.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new CliException($"{context.DataPath}:{line}: a record needs a string \"text\" and a boolean \"uncertain\".");
            }

            EpistemicReport report = context.Scorer.Score(text);
            bool predicted = report.Sentences.Any(static s => s.Uncertain);
            bool expected = gold.ValueKind == JsonValueKind.True;
            if (predicted && expected)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
            }
            else if (expected)
            {
                fn++;
            }
            else
            {
                tn++;
            }
        }

        var pr = new PrecisionRecall(tp, fp, fn);
        if (context.Json)
        {
            context.Io.Out.WriteLine(JsonSerializer.Serialize(new { task = Name, sentences = tp + fp + fn + tn, precision = pr.Precision, recall = pr.Recall, f1 = pr.F1, tp, fp, fn, tn }));
        }
        else
        {
            context.Io.Out.WriteLine($"uncertainty: {tp + fp + fn + tn} sentences, {tp + fn} uncertain in the labels");
            context.Io.Out.WriteLine($"  {pr}");
        }

        return ExitCodes.Success;
    }
}
