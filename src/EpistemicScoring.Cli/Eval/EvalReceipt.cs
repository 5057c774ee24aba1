using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// What produced a figure: the tool and rule-set versions, the scorer's digest (rules, weights, settings,
/// lexicons: equal digests mean equal scoring) and the SHA-256 of the data file, so that a number quoted from
/// <c>eval</c> or <c>train</c> can be reproduced or told apart from one measured on other data.
/// </summary>
/// <param name="ToolVersion">The library version.</param>
/// <param name="RulesetVersion">The built-in rule-set version.</param>
/// <param name="Digest">The scorer's receipt digest.</param>
/// <param name="Data">The data file as given.</param>
/// <param name="DataSha256">SHA-256 of the data file's bytes, lower-case hex.</param>
/// <param name="BootstrapResamples">Resamples behind the 95% intervals.</param>
internal sealed record EvalReceipt(string ToolVersion, string RulesetVersion, string Digest, string Data, string DataSha256, int BootstrapResamples)
{
    public static EvalReceipt For(EpistemicScorer scorer, string dataPath)
    {
        Receipt receipt = scorer.Score(string.Empty).Receipt!;
        string hash;
        try
        {
            using FileStream stream = File.OpenRead(dataPath);
            hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{dataPath}: cannot read the data file ({ex.Message}).");
        }

        return new EvalReceipt(receipt.ToolVersion, receipt.RulesetVersion, receipt.Digest, dataPath, hash, Statistics.BootstrapResamples);
    }

    public static string Describe(EvalReceipt r) =>
        string.Create(CultureInfo.InvariantCulture, $"receipt: tool {r.ToolVersion}, rule set {r.RulesetVersion}, digest {r.Digest}, data {r.Data} sha256 {r.DataSha256}\n");

    public JsonObject ToJson() => new()
    {
        ["toolVersion"] = ToolVersion,
        ["rulesetVersion"] = RulesetVersion,
        ["digest"] = Digest,
        ["data"] = Data,
        ["dataSha256"] = DataSha256,
        ["bootstrapResamples"] = BootstrapResamples,
    };
}
