using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Colon-introduced quotations, labels, and the smaller clause shapes of issue 12.</summary>
public class SourcesColonTests
{
    [Theory]
    [InlineData("The harbour survey was released. Harbour Trust: \"Most piers are older than their owners think.\"", "Harbour Trust")]
    [InlineData("The study was long. More from the report: \"Most piers are older than their owners think.\"", "the report")]
    [InlineData("Here is Lind in December 1998: \"The pier will outlive us all.\"", "Lind")]
    [InlineData("Delays grew - Mara Ostrow: \"The pier will outlive us all.\"", "Mara Ostrow")]
    public void ColonBeforeAQuotation_NamesItsSpeaker(string text, string source)
    {
        Assert.Contains(Extract(text), m => m.Text == source && m.Cue?.Text == ":");
    }

    [Theory]
    [InlineData("The pilot turned and asked Lind: \"Will the pier hold?\"")]
    [InlineData("She pointed to his remarks to reporters: \"The pier will hold.\"")]
    [InlineData("The board spoke in a joint statement: \"The pier will hold.\"")]
    [InlineData("Update: \"The pier will hold\" was the headline.")]
    public void ObjectBeforeAColon_IsNotTheSpeaker(string text)
    {
        Assert.DoesNotContain(Extract(text), static m => m.Cue?.Text == ":");
    }

    [Fact]
    public void InterviewLabels_AreTheTwoSpeakers()
    {
        List<SourceMention> all = Extract("Q: Will the pier hold?\n\nA: It will, for another decade.");
        Assert.Contains(all, static m => m.Text == "Q" && m.Key == "interviewer");
        Assert.Contains(all, static m => m.Text == "A" && m.Key == "interviewee");
    }

    [Fact]
    public void HeadlineLabel_OneNameBeforeAColon()
    {
        List<SourceMention> all = Extract("Ostrow: The Pier Will Outlive Us All\n\nMara Ostrow said on Monday that the pier would stand.");
        Assert.Contains(all, static m => m.Text == "Ostrow" && m.Cue?.Text == ":");
        Assert.DoesNotContain(Extract("Opinion: The Pier Will Outlive Us All\n\nThe pier is old."), static m => m.Cue?.Text == ":");
    }

    [Theory]
    [InlineData("Ostrow earlier Thursday said the pier would close.", "Ostrow", "said")]
    [InlineData("Ostrow Thursday said the pier would close.", "Ostrow", "said")]
    [InlineData("Kai Brandt, 33, said the pier was safe.", "Kai Brandt", "said")]
    [InlineData("The harbour board wants a new pier.", "The harbour board", "wants")]
    [InlineData("The charter states that the pier belongs to the town.", "The charter", "states")]
    public void SmallerShapes(string text, string source, string cue)
    {
        Assert.Contains(Extract(text), m => m.Text == source && m.Cue?.Text == cue);
    }

    [Theory]
    [InlineData("The United States Court of Appeals met in May.")]
    [InlineData("Voters in the Rust Belt states are tired.")]
    public void StatesAsANoun_IsNotACue(string text)
    {
        Assert.DoesNotContain(Extract(text), static m => m.Cue?.Text is "States" or "states");
    }
}

public class SourcesHeaderLabelTests
{
    [Fact]
    public void EmailHeader_IsNotASpeakerLabel()
    {
        Assert.DoesNotContain(SourcesTestHelper.Extract("From: Ana Lind\nSubject: Pier repairs for May\n\nThe pier will close."), static m => m.Cue?.Text == ":");
    }
}
