using System.Text;

namespace EpistemicScoring.ML.Tests.Support;

/// <summary>
/// Short made-up news articles for training tests, written for this project from templates: well-sourced ones
/// (named sources with their roles, statements with their occasion, dates, figures with a baseline, the other side
/// heard) and poorly sourced ones (unnamed officials, hearsay, exclamation marks, intensifiers, sweeping claims).
/// Each article mixes in some sentences of the other kind, so the two classes overlap and a model has to weigh the
/// signals rather than find one word. Every article has at least 80 words. Deterministic for a given seed.
/// </summary>
internal static class SyntheticArticles
{
    private static readonly string[] FirstNames = ["Maria", "Daniel", "Priya", "Tomas", "Grace", "Kwame", "Elena", "Samuel", "Aiko", "Victor", "Nadia", "Oliver"];
    private static readonly string[] LastNames = ["Lopez", "Whitfield", "Raman", "Novak", "Okafor", "Brennan", "Castillo", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Fischer"];
    private static readonly string[] Roles = ["finance director", "budget officer", "chief engineer", "public health director", "deputy mayor", "transport commissioner"];
    private static readonly string[] Bodies = ["the Harbor City council", "the Northfield water authority", "the county transit agency", "the regional hospital board", "the state education department", "the Riverside housing office"];
    private static readonly string[] Schools = ["Westbrook University", "the Lakeside Institute", "Central State University", "the Policy Research Center"];
    private static readonly string[] Topics = ["road repairs", "the new bus line", "school meals", "flood defenses", "the library expansion", "water pipes"];
    private static readonly string[] Towns = ["Harbor City", "Northfield", "Riverside", "Millbrook", "Cedar Falls"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    /// <summary>Makes <paramref name="count"/> articles, alternating well-sourced (label true) and poorly sourced (label false).</summary>
    /// <param name="count">How many articles.</param>
    /// <param name="seed">The seed; different seeds give different articles.</param>
    /// <returns>The articles with their labels.</returns>
    public static List<LabelledText> Make(int count, int seed)
    {
        var random = new Random(seed);
        var articles = new List<LabelledText>(count);
        for (int i = 0; i < count; i++)
        {
            bool wellSourced = i % 2 == 0;
            articles.Add(new LabelledText(Article(random, wellSourced), wellSourced));
        }

        return articles;
    }

    /// <summary>One article: its own kind of sentence with probability 0.8, the other kind otherwise; 80 words or more.</summary>
    public static string Article(Random random, bool wellSourced)
    {
        var text = new StringBuilder();
        int words = 0;
        int sentences = 0;
        int target = random.Next(6, 10);
        while (sentences < target || words < 80)
        {
            bool good = random.NextDouble() < 0.8 ? wellSourced : !wellSourced;
            string sentence = good ? Sourced(random) : Unsourced(random);
            if (sentences > 0)
            {
                text.Append(sentences % 3 == 0 ? "\n\n" : " ");
            }

            text.Append(sentence);
            words += sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            sentences++;
        }

        return text.ToString();
    }

    private static string Sourced(Random r)
    {
        string name = Pick(r, FirstNames) + " " + Pick(r, LastNames);
        string other = Pick(r, FirstNames) + " " + Pick(r, LastNames);
        string body = Pick(r, Bodies);
        string topic = Pick(r, Topics);
        string day = Pick(r, Days);
        int before = r.Next(12, 40);
        int after = before + r.Next(1, 9);
        int percent = r.Next(2, 15);
        return r.Next(8) switch
        {
            0 => $"{name}, the {Pick(r, Roles)} of {body}, said in a statement on {day} that spending on {topic} rose to ${after} million, up from ${before} million in 2023.",
            1 => $"\"We checked every contract for {topic} twice before the vote,\" {name} told reporters at a news conference on {day}.",
            2 => $"According to the annual report of {body}, published on March {r.Next(2, 28)}, 2024, the program served {r.Next(1200, 9000):N0} residents last year.",
            3 => $"{name}, an economist at {Pick(r, Schools)}, said the increase of {percent} percent was close to the regional average of {percent + 1} percent.",
            4 => $"The council approved the plan for {topic} by a vote of {r.Next(5, 9)} to {r.Next(1, 4)} on {day}, according to the published minutes.",
            5 => $"{other}, a spokeswoman for {body}, disputed the estimate in an email on {day}, saying the cost of {topic} had been overstated by about ${r.Next(2, 9)} million.",
            6 => $"Compared with 2022, the budget for {topic} was {percent} percent higher, the state auditor's office said in its report on {day}.",
            _ => $"{body} first proposed the change to {topic} in 2019, and {name}, its {Pick(r, Roles)}, said on {day} that the work would start in June.",
        };
    }

    private static string Unsourced(Random r)
    {
        string topic = Pick(r, Topics);
        string town = Pick(r, Towns);
        return r.Next(8) switch
        {
            0 => $"Officials reportedly say the whole plan for {topic} is a total disaster!",
            1 => $"Some people are saying this is the biggest scandal ever in {town}, and nobody is talking about it.",
            2 => $"Sources familiar with the matter claim the money for {topic} simply vanished.",
            3 => "It is absolutely clear that the crooked insiders knew everything all along.",
            4 => $"Why is nobody asking the obvious questions about {topic}?",
            5 => "Critics say the so-called experts are lying again, and everyone knows it.",
            6 => $"This is literally the worst thing to ever happen to {town}!",
            _ => $"Allegedly, a senior official admitted the numbers on {topic} were totally fake.",
        };
    }

    private static string Pick(Random r, string[] items) => items[r.Next(items.Length)];
}
