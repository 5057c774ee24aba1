using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Tests.Language;

/// <summary>The language stage and the input warnings (README, Input policy). Every sentence here is written for these tests.</summary>
public class LanguageTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    private const string English =
        "The harbour authority said on Tuesday that dredging would start in March. \"We expect the channel to be ready by autumn,\" "
        + "said Ines Marlowe, its director. Critics argue the $42 million plan may harm the estuary, and some residents say the survey "
        + "was never published. According to a council report, traffic rose 12% last year, the highest rise since 2015.";

    public static TheoryData<string, string> OtherLanguages => new()
    {
        { "fr", "Le maire a annoncé mardi que les travaux du port commenceront au printemps. Selon lui, le projet coûtera plus de 40 millions d'euros et il sera financé par la région. Les habitants du quartier sont inquiets, car ils craignent que le bruit dure pendant des mois et que personne ne les écoute." },
        { "de", "Der Bürgermeister sagte am Dienstag, dass die Arbeiten am Hafen im Frühjahr beginnen werden. Nach seinen Angaben wird das Projekt mehr als 40 Millionen Euro kosten und von der Region bezahlt. Die Anwohner sind besorgt, weil sie befürchten, dass der Lärm noch viele Monate dauern wird." },
        { "es", "El alcalde dijo el martes que las obras del puerto comenzarán en primavera. Según sus cálculos, el proyecto costará más de 40 millones de euros y será pagado por la región. Los vecinos del barrio están preocupados, porque temen que el ruido dure muchos meses y que nadie los escuche." },
        { "it", "Il sindaco ha detto martedì che i lavori del porto inizieranno in primavera. Secondo le sue stime, il progetto costerà più di 40 milioni di euro e sarà pagato dalla regione. Gli abitanti del quartiere sono preoccupati, perché temono che il rumore duri per mesi e che nessuno li ascolti." },
        { "pt", "O prefeito disse na terça-feira que as obras do porto vão começar na primavera. Segundo ele, o projeto vai custar mais de 40 milhões de euros e será pago pela região. Os moradores do bairro estão preocupados, porque temem que o barulho dure muitos meses e que ninguém os escute." },
        { "nl", "De burgemeester zei dinsdag dat de werken in de haven in het voorjaar zullen beginnen. Volgens hem kost het project meer dan 40 miljoen euro en wordt het door de regio betaald. De bewoners van de wijk zijn bezorgd, omdat ze vrezen dat het lawaai nog maanden zal duren." },
        { "ko", "시장은 화요일에 항구 공사가 봄에 시작될 것이라고 말했다. 그는 이 사업에 4천만 유로 이상이 들 것이며 지역 정부가 비용을 부담할 것이라고 밝혔다. 주민들은 소음이 여러 달 동안 계속될까 걱정하고 있다." },
        { "el", "Ο δήμαρχος δήλωσε την Τρίτη ότι οι εργασίες στο λιμάνι θα ξεκινήσουν την άνοιξη. Σύμφωνα με τον ίδιο, το έργο θα κοστίσει πάνω από 40 εκατομμύρια ευρώ και θα πληρωθεί από την περιφέρεια." },
        { "und", "Мэр сказал во вторник, что работы в порту начнутся весной. По его словам, проект будет стоить более 40 миллионов евро и его оплатит регион. Жители района обеспокоены, потому что боятся, что шум продлится много месяцев." },
        { "ja", "市長は火曜日、港の工事は春に始まると述べた。事業費は四千万ユーロを超える見込みで、地域が負担するという。住民は騒音が何か月も続くのではないかと心配している。" },
        { "zh", "市长星期二表示，港口工程将于春季开工。他说，该项目的费用将超过四千万欧元，由地区政府承担。附近居民担心噪音会持续好几个月，而且没有人听取他们的意见。" },
    };

    [Fact]
    public void Score_EnglishNews_IsEnglish_AndJudged_WithoutWarnings()
    {
        EpistemicReport report = Scorer.Score(English + " " + English);
        Assert.Equal("en", report.Language!.Code);
        Assert.True(report.Language.ScoredAsEnglish);
        Assert.InRange(report.Language.EnglishShare, 0.15, 0.6);
        Assert.Empty(report.Warnings);
        Assert.Contains(report.Laws, l => l.Verdict != Verdict.Insufficient);
    }

    [Theory]
    [MemberData(nameof(OtherLanguages))]
    public void Score_OtherLanguage_IsNotJudged_AndSaysWhy(string code, string text)
    {
        EpistemicReport report = Scorer.Score(text + "\n\n" + text);
        Assert.Equal(code, report.Language!.Code);
        Assert.False(report.Language.ScoredAsEnglish);
        Assert.All(report.Laws, l => Assert.Equal(Verdict.Insufficient, l.Verdict));
        Assert.All(report.Laws, l => Assert.StartsWith("Not judged: the text reads as", l.Rationale[0], StringComparison.Ordinal));
        InputWarning warning = Assert.Single(report.Warnings, w => w.Code == "not_english");
        Assert.Contains("not English", warning.Message, StringComparison.Ordinal);
        Assert.Equal(Verdict.Insufficient, report.Overall.Verdict);
    }

    [Fact]
    public void Score_EnglishQuotingAnotherLanguage_IsStillEnglish()
    {
        string text = English + " \"Nous ne sommes pas d'accord avec le plan,\" said the fishermen's union in a statement. " + English;
        EpistemicReport report = Scorer.Score(text);
        Assert.Equal("en", report.Language!.Code);
        Assert.DoesNotContain(report.Warnings, w => w.Code == "not_english");
    }

    [Theory]
    [InlineData("")]
    [InlineData("12 34 56 78 90 12.5% $3 4,000 7 8 9 10 11 12 13 14 15 16 17 18 19 20")]
    [InlineData("Officials said it may rain.")]
    [InlineData("Lee Jae-myung, Ines Marlowe, Dean Baker, Amara Osei, Marcus Webb, Lena Ortiz and Park Ji-won.")]
    public void Score_TooLittleToTell_IsScoredAsEnglish(string text)
    {
        EpistemicReport report = Scorer.Score(text);
        Assert.True(report.Language!.ScoredAsEnglish);
        Assert.DoesNotContain(report.Warnings, w => w.Code == "not_english");
    }

    [Theory]
    [InlineData("The mayor\u0000 said the\u0001 plan may fail.", "control_characters")]
    [InlineData("The mayor\u200B said the\u202E plan may fail.", "format_characters")]
    [InlineData("The mayor said {lone}the plan may fail.", "lone_surrogates")]
    [InlineData("The mayor said the plan may \uFFFD fail.", "replacement_characters")]
    [InlineData("<p>The mayor <b>said</b> the plan &amp; the budget may fail.</p>", "html_markup")]
    public void Score_HostileCharacters_AreNamedInAWarning(string text, string code)
    {
        // An attribute argument cannot hold a lone surrogate (metadata stores UTF-8), so it is put in here.
        EpistemicReport report = Scorer.Score(text.Replace("{lone}", "\uD800", StringComparison.Ordinal));
        InputWarning warning = Assert.Single(report.Warnings, w => w.Code == code);
        Assert.Matches("^[1-9]", warning.Message);
    }

    [Fact]
    public void Score_LongTokenAndEndlessSentence_AreNamedInWarnings()
    {
        string text = "The agency said " + new string('x', 500) + " " + string.Concat(Enumerable.Repeat("and the council may vote ", 200)) + "today.";
        EpistemicReport report = Scorer.Score(text);
        Assert.Contains(report.Warnings, w => w.Code == "long_tokens");
        Assert.Contains(report.Warnings, w => w.Code == "long_sentences");
    }

    [Theory]
    [InlineData("Use a < b and c > d in the formula, the teacher said; x < y.")]
    [InlineData("The firm is AT&T; the rival is Procter & Gamble.")]
    public void Score_AngleBracketsAndAmpersands_InProse_AreNotMarkup(string text)
    {
        Assert.DoesNotContain(Scorer.Score(text).Warnings, w => w.Code == "html_markup");
    }

    [Fact]
    public void ReportJson_CarriesLanguageAndWarnings()
    {
        string json = ReportJson.Serialize(Scorer.Score("The mayor\u0000 said the plan may fail."));
        Assert.Contains("\"language\":{\"code\":\"und\",\"script\":\"latin\",\"scoredAsEnglish\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"warnings\":[{\"code\":\"control_characters\"", json, StringComparison.Ordinal);
        Assert.Contains("\"warnings\":[]", ReportJson.Serialize(Scorer.Score(English)), StringComparison.Ordinal);
    }
}
