using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

using static EpistemicScoring.Tests.NumericChecks.NumericCheckAssert;

namespace EpistemicScoring.Tests.NumericChecks;

/// <summary>Direction and size words against a pair, a change against a level, a difference across clauses: intact and broken.</summary>
public class DirectionAndChangeTests
{
    [Theory]
    [InlineData("at from, down", "Copper: DOWN at $4.02 from $4.11 a pound.", "$4.02", "$4.21", "Direction \"DOWN\"")]
    [InlineData("to from, rose", "The yield rose to 2.35 percent from 2.21 percent on Tuesday.", "2.35 percent", "2.05 percent", "Direction \"rose\"")]
    [InlineData("bare against unit", "The gauge climbed to 7,180 from 6,940 points by noon.", "7,180", "6,780", "Direction \"climbed\"")]
    [InlineData("comma, up from", "The yen traded at 151.20 to the dollar late on Friday, up from 149.80.", "151.20", "148.20", "Direction \"up\"")]
    [InlineData("from to, fell", "Approval of the plan fell from 61% in March to 54% in May.", "54% in May", "66% in May", "Direction \"fell\"")]
    [InlineData("flat, compared with", "Orders were essentially flat ($2.31 billion compared with $2.29 billion a year before).", "$2.31 billion", "$2.81 billion", "Direction \"flat\"")]
    [InlineData("slightly, versus", "Margins were slightly lower (11.2% versus 11.6%).", "11.2% versus", "14.2% versus", "Direction \"slightly lower\"")]
    [InlineData("slightly, size", "Margins edged up (12.1% versus 11.6%).", "12.1% versus", "17.1% versus", "Direction \"edged up\"")]
    [InlineData("percent change, from then to", "Bus fares rose 20% from $2.50 to $3.00 last spring.", "rose 20%", "rose 35%", "Percent change \"rose")]
    [InlineData("percent change, to then from", "Bus fares rose 20% to $3.00 from $2.50 last spring.", "rose 20%", "rose 35%", "Percent change \"rose")]
    [InlineData("level and increment", "The chain now runs 640 stores, up 160, or a third more, since 2020. It has 640 stores, up 160, or about 33%, since 2020.", "or about 33%", "or about 45%", "Level and change")]
    [InlineData("difference across clauses", "The bridge would cost $4.0 billion. The state trims that to $3.2 billion because it expects $0.8 billion from tolls.", "$0.8 billion", "$1.4 billion", "Difference \"trims that to")]
    public void Wording_IntactHolds_BrokenIsFlagged(string wording, string intact, string from, string to, string named)
        => IntactHoldsBrokenIsFlagged(wording, intact, from, to, named);

    [Theory]
    // "up to" is a bound; "away from" a distance; figures within their rounding cannot break a direction.
    [InlineData("Fares could rise by up to $3.50 from $2.75, the board said.")]
    [InlineData("The town lies 40 miles away from 12 villages that share its clinic.")]
    [InlineData("The rate fell to 4.0 percent from 4 percent, officials said.")]
    // Words far before the pair describe something else.
    [InlineData("Exports rose last year after the storm, and by spring the town had grown a lot; its payroll is now $3.1 million from $3.4 million.")]
    public void NotADirectionClaim_IsNotFlagged(string text) => NothingInconsistent(text);
}
