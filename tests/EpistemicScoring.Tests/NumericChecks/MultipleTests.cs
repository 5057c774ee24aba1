using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

using static EpistemicScoring.Tests.NumericChecks.NumericCheckAssert;

namespace EpistemicScoring.Tests.NumericChecks;

/// <summary>Ratios and multiples against the figures they relate: intact and broken.</summary>
public class MultipleTests
{
    [Theory]
    [InlineData("ratio then pair", "The motion carried by a two-to-one margin (62 percent to 31 percent).", "(62 percent", "(42 percent", "Ratio \"")]
    [InlineData("pair then ratio", "Critics outnumbered fans, 45% against 15% – a 3 to 1 margin.", "45% against", "25% against", "Ratio \"")]
    [InlineData("double the", "The mayor leads by 14 points, 52 percent to 38 percent, or double the 7-point lead she had in June.", "the 7-point", "the 10-point", "Multiple \"")]
    [InlineData("times that amount", "In 2022 the trust spent $250,000 on repairs.\n\nThis year it will spend $1.5 million, six times that amount.", "six times", "nine times", "Multiple \"")]
    [InlineData("rate restated", "The drive raised $30 million in the first two weeks of May. That is about $2 million a day.", "$2 million a day", "$5 million a day", "Rate \"")]
    public void Wording_IntactHolds_BrokenIsFlagged(string wording, string intact, string from, string to, string named)
        => IntactHoldsBrokenIsFlagged(wording, intact, from, to, named);

    [Theory]
    // A rate stated on its own, with no period before it, is not a restatement.
    [InlineData("The museum charges $12 a day for parking. That is about $4 a day more than the garage.")]
    // "double the" a figure of another kind has nothing to compare.
    [InlineData("Turnout was 41 percent, double the number of voters the town expected.")]
    public void NoRelationStated_IsNotFlagged(string text) => NothingInconsistent(text);
}
