namespace EpistemicScoring.Cli.Tests;

public class EvalCommandTests
{
    [Fact]
    public void Eval_Uncertainty_PrintsPrecisionRecallF1()
    {
        string data = CliRunner.TempFile(".jsonl", string.Join("\n",
            "{\"text\":\"The drug may reduce symptoms.\",\"uncertain\":true}",
            "{\"text\":\"The river flows north.\",\"uncertain\":false}",
            "{\"text\":\"It is unclear whether the bridge opened.\",\"uncertain\":true}") + "\n");
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "uncertainty", "--data", data);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("precision", r.Out, StringComparison.Ordinal);
            Assert.Contains("F1", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void Eval_MissingData_Exit2()
    {
        CliResult r = CliRunner.Run("eval", "--task", "uncertainty", "--data", CliRunner.TempFile(".jsonl"));
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void Eval_UnknownTask_Exit2()
    {
        Assert.Equal(2, CliRunner.Run("eval", "--task", "astrology", "--data", "x").ExitCode);
    }
}
