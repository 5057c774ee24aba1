using System.Collections.Frozen;

namespace EpistemicScoring.Numbers;

/// <summary>
/// The frozen word lists of the number grammar: number words, ordinals, scales, currencies, units,
/// approximators and the words that stop a counted noun. All look-ups ignore case.
/// </summary>
internal static class NumberLexicon
{
    private static readonly StringComparer Cmp = StringComparer.OrdinalIgnoreCase;

    /// <summary>Cardinal number words below one hundred that stand alone.</summary>
    public static readonly FrozenDictionary<string, double> Units = new Dictionary<string, double>(Cmp)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(Cmp);

    /// <summary>Multiplying number words: "hundred", "thousand", "million", "dozen".</summary>
    public static readonly FrozenDictionary<string, double> ScaleWords = new Dictionary<string, double>(Cmp)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["dozen"] = 12, ["lakh"] = 1e5, ["crore"] = 1e7,
    }.ToFrozenDictionary(Cmp);

    /// <summary>Scale suffixes written right after digits ("12.5B", "2.3bn", "$7m", "20k").</summary>
    public static readonly FrozenDictionary<string, double> AttachedScales = new Dictionary<string, double>(Cmp)
    {
        ["k"] = 1e3, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["b"] = 1e9, ["bn"] = 1e9, ["bln"] = 1e9,
        ["tn"] = 1e12, ["trn"] = 1e12, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(Cmp);

    /// <summary>Scale abbreviations accepted after a space ("2.3 bn", "US$ 20 mn").</summary>
    public static readonly FrozenSet<string> SpacedScaleAbbreviations = FrozenSet.Create(Cmp, "bn", "mn", "mln", "tn", "trn", "bln");

    /// <summary>Ordinal words and their position.</summary>
    public static readonly FrozenDictionary<string, double> Ordinals = new Dictionary<string, double>(Cmp)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50,
        ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100,
        ["thousandth"] = 1000, ["millionth"] = 1e6,
    }.ToFrozenDictionary(Cmp);

    /// <summary>Denominators of fractions written as words ("a third", "two-thirds", "three quarters").</summary>
    public static readonly FrozenDictionary<string, double> Denominators = new Dictionary<string, double>(Cmp)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4,
        ["fourth"] = 4, ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6,
        ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9,
        ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary(Cmp);

    /// <summary>Multiples written as one word.</summary>
    public static readonly FrozenDictionary<string, double> MultipleWords = new Dictionary<string, double>(Cmp)
    {
        ["twice"] = 2, ["double"] = 2, ["doubles"] = 2, ["triple"] = 3, ["thrice"] = 3, ["quadruple"] = 4,
        ["twofold"] = 2, ["threefold"] = 3, ["fourfold"] = 4, ["fivefold"] = 5, ["sixfold"] = 6, ["sevenfold"] = 7,
        ["eightfold"] = 8, ["ninefold"] = 9, ["tenfold"] = 10, ["hundredfold"] = 100,
    }.ToFrozenDictionary(Cmp);

    /// <summary>Currency signs and their ISO 4217 code.</summary>
    public static readonly FrozenDictionary<string, string> CurrencySigns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["\u20AC"] = "EUR", ["\u00A3"] = "GBP", ["\u00A5"] = "JPY", ["\u20A9"] = "KRW", ["\u20B9"] = "INR",
        ["\u20BD"] = "RUB", ["\u20BA"] = "TRY", ["\u20AA"] = "ILS", ["\u20B1"] = "PHP", ["\u20AB"] = "VND",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words written right before "$" that name the dollar ("US$", "A$", "HK$").</summary>
    public static readonly FrozenDictionary<string, string> DollarPrefixes = new Dictionary<string, string>(Cmp)
    {
        ["US"] = "USD", ["U.S."] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["CAN"] = "CAD",
        ["HK"] = "HKD", ["NZ"] = "NZD", ["S"] = "SGD", ["SG"] = "SGD", ["NT"] = "TWD", ["R"] = "BRL", ["MX"] = "MXN",
    }.ToFrozenDictionary(Cmp);

    /// <summary>ISO codes accepted before or after a number ("USD 200", "KRW 3 trillion", "200 EUR").</summary>
    public static readonly FrozenSet<string> CurrencyCodes = FrozenSet.Create(
        StringComparer.Ordinal,
        "USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RMB", "INR", "CHF", "CAD", "AUD", "HKD", "NZD", "SGD", "SEK", "NOK",
        "DKK", "RUB", "BRL", "MXN", "ZAR", "TRY", "TWD", "THB", "IDR", "PLN", "ILS", "AED", "SAR");

    /// <summary>Currency words written after a number, with their code and factor to the main unit.</summary>
    public static readonly FrozenDictionary<string, (string Code, double Factor)> CurrencyWords = new Dictionary<string, (string, double)>(Cmp)
    {
        ["dollar"] = ("USD", 1), ["dollars"] = ("USD", 1), ["bucks"] = ("USD", 1), ["cent"] = ("USD", 0.01), ["cents"] = ("USD", 0.01),
        ["euro"] = ("EUR", 1), ["euros"] = ("EUR", 1), ["yen"] = ("JPY", 1), ["won"] = ("KRW", 1), ["yuan"] = ("CNY", 1),
        ["renminbi"] = ("CNY", 1), ["rupee"] = ("INR", 1), ["rupees"] = ("INR", 1), ["peso"] = ("MXN", 1), ["pesos"] = ("MXN", 1),
        ["franc"] = ("CHF", 1), ["francs"] = ("CHF", 1), ["ruble"] = ("RUB", 1), ["rubles"] = ("RUB", 1), ["rouble"] = ("RUB", 1),
        ["roubles"] = ("RUB", 1), ["pence"] = ("GBP", 0.01), ["p"] = ("GBP", 0.01), ["sterling"] = ("GBP", 1),
    }.ToFrozenDictionary(Cmp);

    /// <summary>Subunit words that may follow a main amount ("3 dollars 50 cents", "5 pounds 20 pence").</summary>
    public static readonly FrozenSet<string> SubunitWords = FrozenSet.Create(Cmp, "cent", "cents", "pence", "penny", "pennies");

    /// <summary>Measure units written after a number, by their normalised unit.</summary>
    public static readonly FrozenDictionary<string, string> MeasureUnits = new Dictionary<string, string>(Cmp)
    {
        ["year"] = "year", ["years"] = "year", ["yr"] = "year", ["yrs"] = "year", ["month"] = "month", ["months"] = "month",
        ["week"] = "week", ["weeks"] = "week", ["day"] = "day", ["days"] = "day", ["hour"] = "hour", ["hours"] = "hour",
        ["hr"] = "hour", ["hrs"] = "hour", ["minute"] = "minute", ["minutes"] = "minute", ["min"] = "minute", ["mins"] = "minute",
        ["second"] = "second", ["seconds"] = "second", ["sec"] = "second", ["secs"] = "second", ["decade"] = "decade",
        ["decades"] = "decade", ["century"] = "century", ["centuries"] = "century", ["mile"] = "mile", ["miles"] = "mile",
        ["km"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["metre"] = "m", ["metres"] = "m", ["meter"] = "m", ["meters"] = "m", ["foot"] = "foot", ["feet"] = "foot",
        ["ft"] = "foot", ["inch"] = "inch", ["inches"] = "inch", ["yard"] = "yard", ["yards"] = "yard",
        ["pound"] = "pound", ["pounds"] = "pound", ["lb"] = "pound", ["lbs"] = "pound", ["ounce"] = "ounce",
        ["ounces"] = "ounce", ["oz"] = "ounce", ["kg"] = "kg", ["kilogram"] = "kg", ["kilograms"] = "kg", ["kilo"] = "kg",
        ["kilos"] = "kg", ["gram"] = "g", ["grams"] = "g", ["ton"] = "ton", ["tons"] = "ton", ["tonne"] = "tonne",
        ["tonnes"] = "tonne", ["acre"] = "acre", ["acres"] = "acre", ["hectare"] = "hectare", ["hectares"] = "hectare",
        ["barrel"] = "barrel", ["barrels"] = "barrel", ["gallon"] = "gallon", ["gallons"] = "gallon", ["litre"] = "litre",
        ["litres"] = "litre", ["liter"] = "litre", ["liters"] = "litre", ["degree"] = "degree", ["degrees"] = "degree",
        ["mph"] = "mph", ["kmh"] = "km/h", ["mw"] = "MW", ["gw"] = "GW", ["kwh"] = "kWh", ["gb"] = "GB", ["tb"] = "TB",
    }.ToFrozenDictionary(Cmp);

    /// <summary>Words after a hyphen that make a numeral a counted modifier ("three-term", "five-time", "60-vote").</summary>
    public static readonly FrozenSet<string> HyphenCountWords = FrozenSet.Create(
        Cmp, "term", "time", "vote", "votes", "seat", "member", "person", "man", "woman", "game", "page", "story", "storey",
        "car", "bed", "room", "point", "run", "lane", "count", "star", "part", "piece", "step", "state", "nation", "country",
        "bedroom", "hole", "way", "judge", "justice", "acre", "figure", "digit", "percent", "dollar", "member-state");

    /// <summary>Bounds and softeners written before a number, longest first.</summary>
    public static readonly (string[] Words, NumberBound Bound)[] Approximators =
    [
        (["in", "excess", "of"], NumberBound.Lower), (["upwards", "of"], NumberBound.Lower),
        (["as", "much", "as"], NumberBound.Upper), (["as", "many", "as"], NumberBound.Upper),
        (["as", "high", "as"], NumberBound.Upper), (["as", "little", "as"], NumberBound.Lower),
        (["as", "few", "as"], NumberBound.Lower), (["no", "more", "than"], NumberBound.Upper),
        (["no", "less", "than"], NumberBound.Lower), (["an", "estimated"], NumberBound.About),
        (["more", "than"], NumberBound.Lower), (["greater", "than"], NumberBound.Lower), (["higher", "than"], NumberBound.Lower),
        (["larger", "than"], NumberBound.Lower), (["bigger", "than"], NumberBound.Lower), (["less", "than"], NumberBound.Upper),
        (["fewer", "than"], NumberBound.Upper), (["lower", "than"], NumberBound.Upper), (["smaller", "than"], NumberBound.Upper),
        (["at", "least"], NumberBound.Lower), (["at", "most"], NumberBound.Upper), (["up", "to"], NumberBound.Upper),
        (["close", "to"], NumberBound.About), (["just", "over"], NumberBound.JustOver), (["just", "above"], NumberBound.JustOver),
        (["just", "under"], NumberBound.Nearly), (["just", "below"], NumberBound.Nearly), (["just", "shy", "of"], NumberBound.Nearly),
        (["well", "over"], NumberBound.Lower), (["well", "above"], NumberBound.Lower), (["well", "under"], NumberBound.Upper),
        (["a", "little", "over"], NumberBound.JustOver), (["a", "little", "under"], NumberBound.Nearly),
        (["slightly", "more", "than"], NumberBound.JustOver), (["slightly", "less", "than"], NumberBound.Nearly),
        (["nearly"], NumberBound.Nearly), (["almost"], NumberBound.Nearly), (["about"], NumberBound.About),
        (["around"], NumberBound.About), (["roughly"], NumberBound.About), (["approximately"], NumberBound.About),
        (["approx."], NumberBound.About), (["approx"], NumberBound.About), (["some"], NumberBound.About),
        (["perhaps"], NumberBound.About), (["maybe"], NumberBound.About), (["estimated"], NumberBound.About),
        (["circa"], NumberBound.About), (["over"], NumberBound.Lower), (["above"], NumberBound.Lower),
        (["exceeding"], NumberBound.Lower), (["under"], NumberBound.Upper), (["below"], NumberBound.Upper),
        (["within"], NumberBound.Upper), (["~"], NumberBound.About), (["\u2248"], NumberBound.About),
        (["<"], NumberBound.Upper), ([">"], NumberBound.Lower), (["+"], NumberBound.None),
    ];

    /// <summary>Words after a number that cannot be its counted noun.</summary>
    public static readonly FrozenSet<string> NotCountedNouns = FrozenSet.Create(
        Cmp,
        "of", "to", "and", "or", "in", "on", "at", "for", "from", "by", "with", "as", "than", "that", "this", "these", "those",
        "the", "a", "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
        "may", "might", "can", "must", "do", "did", "does", "not", "no", "but", "if", "so", "up", "down", "out", "off", "over",
        "under", "about", "into", "onto", "per", "who", "which", "what", "when", "where", "while", "after", "before", "since",
        "until", "through", "against", "among", "between", "during", "without", "within", "more", "less", "fewer", "most",
        "least", "each", "every", "all", "some", "any", "other", "another", "percent", "per", "cent", "times", "time",
        "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "my", "your", "him", "them", "us",
        "me", "said", "says", "say", "told", "also", "just", "only", "even", "still", "again", "ago", "later", "earlier",
        "then", "now", "here", "there", "too", "very", "much", "many", "such", "own", "both", "either", "neither", "nor",
        "yet", "because", "though", "although", "whether", "how", "why", "plus", "minus", "apiece", "each", "total",
        "altogether", "respectively", "alone", "a.m.", "p.m.", "am", "pm", "st", "nd", "rd", "th", "s", "'s", "to-1",
        "vs", "v", "versus", "like", "unlike", "via", "per-cent", "percentage", "points", "point", "went", "got", "came",
        "became", "remain", "remained", "remains", "stood", "stands", "rose", "fell", "dropped", "climbed", "grew",
        "jumped", "increased", "decreased", "declined", "last", "next", "again", "alone", "ago", "million", "billion", "thousand", "trillion", "hundred");

    /// <summary>Month names and abbreviations with their number.</summary>
    public static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(Cmp)
    {
        ["january"] = 1, ["jan"] = 1, ["jan."] = 1, ["february"] = 2, ["feb"] = 2, ["feb."] = 2, ["march"] = 3,
        ["mar."] = 3, ["april"] = 4, ["apr"] = 4, ["apr."] = 4, ["may"] = 5, ["june"] = 6, ["jun."] = 6,
        ["july"] = 7, ["jul."] = 7, ["august"] = 8, ["aug"] = 8, ["aug."] = 8, ["september"] = 9, ["sept"] = 9,
        ["sept."] = 9, ["sep."] = 9, ["october"] = 10, ["oct"] = 10, ["oct."] = 10, ["november"] = 11, ["nov"] = 11,
        ["nov."] = 11, ["december"] = 12, ["dec"] = 12, ["dec."] = 12,
    }.ToFrozenDictionary(Cmp);

    /// <summary>Capitalised words after which a number is part of a name or label ("Section 232", "Boeing 737").</summary>
    public static readonly FrozenSet<string> IdentifierCues = FrozenSet.Create(
        Cmp,
        "section", "article", "chapter", "title", "part", "bill", "route", "highway", "interstate", "flight", "boeing", "airbus",
        "model", "room", "apollo", "proposition", "prop", "amendment", "windows", "iphone", "galaxy", "channel", "suite",
        "apartment", "unit", "gate", "terminal", "phase", "level", "stage", "rule", "resolution", "precinct", "district",
        "ward", "station", "fortune", "s&p", "ftse", "nikkei", "kospi", "formula", "vol.", "volume", "page", "p.", "pp.",
        "exhibit", "appendix", "figure", "table", "item", "psalm", "psalms", "john", "genesis", "form", "schedule",
        "paragraph", "clause", "regulation", "directive", "g", "c", "f", "a", "b", "su", "mig", "t", "tu", "covid", "sars",
        "ps", "xbox", "ios", "android", "version", "v", "mark", "mk", "super", "bowl", "hb", "sb", "hr", "h.r.", "s.", "h.b.",
        "s.b.", "ab", "prop.", "sec.", "art.", "ch.", "no.", "nos.", "squad", "platoon", "battalion", "brigade", "division",
        "corps", "fleet", "air", "force", "pier", "dock", "lot", "block", "tract", "building", "tower", "floor", "pe",
        "x", "y", "z", "i", "mp", "pc", "am", "fm", "ch", "ad", "bc", "rev.", "verse", "act", "lane", "road", "street",
        "avenue", "ave.", "square", "plaza", "court", "hall", "club", "class", "year", "grade", "inning", "quarter",
        "round", "game", "week");

    /// <summary>Words after a bare time "3:53" that make it a clock time.</summary>
    public static readonly FrozenSet<string> Meridiem = FrozenSet.Create(Cmp, "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "a", "p");

    /// <summary>Time zones written after a clock time.</summary>
    public static readonly FrozenSet<string> TimeZones = FrozenSet.Create(
        StringComparer.Ordinal, "ET", "E.T.", "EST", "EDT", "CT", "C.T.", "CST", "CDT", "MT", "MST", "MDT", "PT", "P.T.", "PST", "PDT",
        "GMT", "UTC", "BST", "CET", "CEST", "KST", "JST", "IST", "AEST", "AEDT");

    /// <summary>Words before a number that make a bare "h:mm" a clock time.</summary>
    public static readonly FrozenSet<string> TimeCues = FrozenSet.Create(
        Cmp, "at", "by", "until", "till", "before", "after", "from", "around", "since", "about", "til", "o'clock");

    /// <summary>Words before a four-digit number that make it a year.</summary>
    public static readonly FrozenSet<string> YearCues = FrozenSet.Create(
        Cmp, "in", "since", "from", "until", "till", "by", "circa", "c.", "before", "after", "of", "during", "early", "late",
        "mid", "year", "through", "to", "between", "and", "around", "spring", "summer", "autumn", "fall", "winter");

    /// <summary>Determiners and words before "one" that make it a pronoun ("no one", "this one").</summary>
    public static readonly FrozenSet<string> PronounOneBefore = FrozenSet.Create(
        Cmp, "no", "any", "every", "some", "this", "that", "which", "each", "the", "a", "an", "another", "good", "bad", "new",
        "old", "last", "next", "big", "little", "right", "wrong", "other", "same", "such", "someone", "loved", "little",
        "young", "better", "best", "worst", "latest", "first", "second", "third", "great", "real", "main", "one", "what",
        "whichever", "either", "neither", "'s", "his", "her", "my", "your", "our", "their", "its", "special", "favorite",
        "favourite", "chosen", "hard", "easy", "tough", "nice", "fine", "blue", "red", "white", "black");

    /// <summary>Words after "one" that make it a pronoun or an idiom ("one another", "one day" as "some day").</summary>
    public static readonly FrozenSet<string> PronounOneAfter = FrozenSet.Create(
        Cmp, "another", "'s", "who", "knows", "thing", "way", "hand", "way", "must", "should", "can", "could", "would",
        "might", "may", "will", "shall", "does", "did", "has", "had", "is", "was", "gets", "wants");

    /// <summary>Fixed phrases whose number word is not a number (checked as the words starting at the number).</summary>
    public static readonly string[][] Idioms =
    [
        ["one", "step", "further"], ["one", "step", "ahead"], ["two", "evils"], ["one", "or", "two"], ["one", "by", "one"],
        ["one", "on", "one"], ["one-on-one"], ["one", "after", "another"], ["one", "way", "or", "another"], ["one-sided"],
        ["one-time"], ["one", "and", "only"], ["first", "lady"], ["first", "hand"], ["first-hand"], ["second-hand"],
        ["at", "first"], ["first", "of", "all"], ["second", "to", "none"], ["third-party"], ["third", "party"],
        ["first", "responders"], ["first", "amendment"], ["second", "amendment"], ["one", "another"], ["zero-sum"],
        ["first-ever"], ["in", "the", "first", "place"], ["one", "day"], ["one", "of", "these", "days"], ["two-way"],
        ["first-class"], ["second-class"], ["first", "world"], ["third", "world"], ["one", "thing"], ["one-off"],
        ["twenty-four", "seven"], ["first", "and", "foremost"], ["second-guess"], ["second", "guess"], ["one", "size"],
    ];

    /// <summary>Comparatives after "N times" that make it a multiple ("three times higher").</summary>
    public static readonly FrozenSet<string> MultipleCues = FrozenSet.Create(
        Cmp, "as", "more", "higher", "larger", "bigger", "greater", "faster", "the", "that", "what", "lower", "smaller",
        "less", "fewer", "longer", "wider", "richer", "over", "cheaper", "costlier", "slower", "stronger", "heavier");
}
