using static NewsParsing.QuoteKind;

namespace NewsParsing.Tests.Quotes;

/// <summary>English rule table: sentence → expected quote and speaker, one named rule per row.</summary>
internal static class QuoteCasesEn
{
    public static readonly IReadOnlyList<QuoteCase> All =
    [
        Q("curly-said-name", "“We will not back down,” said Maria Lopez.", Direct, "We will not back down", "Maria Lopez"),
        Q("curly-name-said", "“The bridge will reopen in May,” Tom Becker said.", Direct, "The bridge will reopen in May", "Tom Becker"),
        Q("straight-marks", "\"Nobody saw this coming,\" said Dana Whitfield.", Direct, "Nobody saw this coming", "Dana Whitfield"),
        Q("incise-bare-plural", "The suspect was arrested near the border on Monday night, police said.", Indirect, "The suspect was arrested near the border", "police"),
        Q("plural-role-is-no-name", "Senior officials said that the talks would resume in the spring.", Indirect, "the talks would resume in the spring", "Senior officials"),
        Q("name-apposition-clause", "Maria Keane, designer of the gown, said the fabric came from a mill in Lyon.", Indirect, "the fabric came from a mill in Lyon", "Maria Keane"),
        Q("told-no-inversion", "“It blows my mind,” Jane Roe, a dietitian, told the Gazette.", Direct, "It blows my mind", "Jane Roe"),
        Q("name-long-apposition-verb-after-quote", "“It blows my mind,” Jane Roe, a dietitian at the county clinic, told the Gazette on Friday.", Direct, "It blows my mind", "Jane Roe"),
        Q("name-role-verb-after-quote", "“Nothing works any more,” UN chief Antonio Guterres told reporters after the vote.", Direct, "Nothing works any more", "Antonio Guterres"),
        Q("month-word-first-name", "“The market is cooling,” said Goldman Sachs economist Jan Hatzius.", Direct, "The market is cooling", "Jan Hatzius"),
        Q("team-noun-name", "“We look at the standings every week,” Seahawks linebacker Jordyn Brooks said on Sunday.", Direct, "We look at the standings every week", "Jordyn Brooks"),
        Q("relative-clause-list", "Nora Vance, who coached teams in Leeds, Derby and York, said the league was changing. “We start again every season,” she said.", Direct, "We start again every season", "Nora Vance"),
        Q("pronoun-skips-common-word", "Nurse Olga Petrov called for help from the ward. Time ticked by slowly that night. “I kept praying the whole time,” she said.", Direct, "I kept praying the whole time", "Olga Petrov"),
        Q("canonical-first-full-form", "Jade Miller opened a studio in the harbour town last spring and works there daily.\n\nPhoto by Ann Lee / The Coast Herald Jade Miller poses in her studio.\n\n“I work best in the rain,” Miller said.", Direct, "I work best in the rain", "Jade Miller"),
        Q("canonical-drops-common-word", "The county board met on Monday and the legendary hall was full. Legendary Rick Perry arrived late. “We won,” Perry said.", Direct, "We won", "Rick Perry"),
        Q("pronoun-after-according-to", "Singer Tom Reyes has long disliked touring. According to Gazette, he said, “I need my own bed.”", Direct, "I need my own bed", "Tom Reyes"),
        Q("role-apposition", "“The budget is balanced,” said Greg Hollis, the city treasurer.", Direct, "The budget is balanced", "Greg Hollis"),
        Q("role-before-name", "“Talks will resume on Monday,” said State Department spokesman Ned Carver.", Direct, "Talks will resume on Monday", "Ned Carver"),
        Q("name-apposition-unknown-verb", "Ana Ruiz spoke first at the meeting on Monday. Noel Ward, cofounder and director of CityLab, a civic technology group, echoes these worries. “Technology mirrors bureaucracy,” he told me.", Direct, "Technology mirrors bureaucracy", "Noel Ward"),
        Q("role-name-apposition-later-auxiliary", "Ana Ruiz spoke first at the meeting on Monday. The librarian, Jennifer Holt, pointed out that the novel Green Fields was on the list for years. “It has never caused a single complaint,” she said.", Direct, "It has never caused a single complaint", "Jennifer Holt"),
        Q("apposition-relative-list-subject", "Ana Ruiz spoke first at the meeting on Monday about the archive.\n\nKarla Diaz, a painter who has worked for studios in Paris, Rome and Oslo, spoke at a panel in October.\n\n“The archive took our work without asking,” she said.", Direct, "The archive took our work without asking", "Karla Diaz"),
        Q("pronoun-he", "Coach Brian Kessler praised his players. “They never gave up,” he said.", Direct, "They never gave up", "Brian Kessler"),
        Q("pronoun-she", "Senator Alice Moreno left the chamber early. “This bill is a mistake,” she told reporters.", Direct, "This bill is a mistake", "Alice Moreno"),
        Q("clause-colon", "Mayor Linda Park said: “We are ready for the storm.”", Direct, "We are ready for the storm.", "Linda Park"),
        Q("spanning-sentences", "“The plant is closed. The workers are safe,” said Owen Price.", Direct, "The plant is closed. The workers are safe", "Owen Price"),
        Q("nested-single", "“He told me ‘wait here’ and walked away,” said Rita Gomez.", Direct, "He told me ‘wait here’ and walked away", "Rita Gomez"),
        Q("continued-paragraphs", "“We tried everything to keep the factory open.\n\n“But the orders never came back,” said Paul Grant.", Direct, "We tried everything to keep the factory open", "Paul Grant"),
        Q("canonical-honorific", "Prime Minister Henry Walsh visited the port. “Trade is our future,” said Mr. Walsh.", Direct, "Trade is our future", "Henry Walsh"),
        Q("organisation", "“No damage was reported,” the White House said.", Direct, "No damage was reported", "the White House"),
        Q("partial-with-cue", "The union called the plan “unfair and rushed” in a statement.", Partial, "unfair and rushed", "The union"),
        Q("indirect-said-that", "Health Minister Sarah Cole said that hospitals would receive more staff.", Indirect, "hospitals would receive more staff", "Sarah Cole"),
        Q("indirect-said-bare", "Police chief Mark Dunn said the suspect had been arrested overnight.", Indirect, "the suspect had been arrested overnight", "Mark Dunn"),
        Q("indirect-told", "Analyst Karen Wu told Reuters that prices would keep rising.", Indirect, "prices would keep rising", "Karen Wu"),
        Q("indirect-according-to-before", "According to the ministry, twelve people were injured.", Indirect, "twelve people were injured", "the ministry"),
        Q("indirect-according-to-after", "The vote will take place in March, according to election officials.", Indirect, "The vote will take place in March", "election officials"),
        Q("indirect-incise", "The strike will last three days, said union leader Joe Marsh.", Indirect, "The strike will last three days", "Joe Marsh"),
        Q("sentence-initial-adverb", "Meanwhile Sarah Lin, the mayor, said that the roads would reopen.", Indirect, "the roads would reopen", "Sarah Lin"),
        Q("verb-revealed-colon", "The second witness revealed: “The gate was open all night.”", Direct, "The gate was open all night.", "The second witness"),
        Q("verb-emphasized-then-quote", "Mayor Dan Okafor emphasized that the bridge would reopen. “We will not wait another winter,” he said.", Direct, "We will not wait another winter", "Dan Okafor"),
        Q("verb-lamented-previous-subject", "Relief chief Omar Haddad lamented the lack of trucks at the crossing. “Every hour costs lives.”", Direct, "Every hour costs lives.", "Omar Haddad"),
        Q("trap-revealed-object", "The storm revealed cracks in the old sea wall.", null, "cracks in the old sea wall", null),
        Q("title-case-own-sentence-kept", "“They trained hard all winter,” coach Ray Dunn says. “None of Them Is Ready.”", Direct, "None of Them Is Ready.", "Ray Dunn"),
        Q("trap-title-stop-inside", "The actor is best known for his role in the sitcom “Three Rooms and a Garden.”", null, "Three Rooms and a Garden", null),
        Q("colon-before-paragraph", "Four cars were damaged in the blaze on the pier.\n\nFire chief Dana Holt said in her report:\n\n“The wiring in the shed was decades old.”", Direct, "The wiring in the shed was decades old.", "Dana Holt"),
        Q("colon-before-paragraph-pronoun", "Fire chief Dana Holt spoke after the blaze. Later she told the Herald:\n\n“The wiring in the shed was decades old.”", Direct, "The wiring in the shed was decades old.", "Dana Holt"),
        Q("sentence-adverb-not-subject", "“Every release is huge,” says Tom Reed. Maybe half of the people will “send one patch and never come back.”", Partial, "send one patch and never come back.", "Tom Reed"),
        Q("trap-infinitive", "The board was to announce the results on Friday.", null, "the results on Friday", null),
        Q("trap-declined", "The company declined to comment on the lawsuit.", null, "the lawsuit", null),
        Q("trap-did-not-say", "The minister did not say whether taxes would rise.", null, "whether taxes would rise", null),
        Q("trap-newspaper", "He wrote a column for the newspaper “Daily Ledger” last year.", null, "Daily Ledger", null),
        Q("trap-scare-quote", "The so-called “reform” was dropped after a week.", null, "reform", null),
        Q("trap-according-to-plan", "The launch went according to plan on Tuesday.", null, "on Tuesday", null),
        Q("trap-first-person", "We said that the road was dangerous.", null, "the road was dangerous", null),
        Q("decimal-point-is-no-sentence-end", "Prices fell 0.1% in May and 2.5% over the year, the Commerce Department said.", Indirect, "Prices fell 0.1% in May and 2.5% over the year", "the Commerce Department"),
        Q("number-dot-ends-sentence", "The rink will be open until Dec. 15. A spokesperson for the city said the ice would be checked daily.", Indirect, "the ice would be checked daily", "A spokesperson"),
        Q("pronoun-gender-from-first-name", "Michael Grant and Susan Hale met the board on Monday. She said the plan would be ready by June.", Indirect, "the plan would be ready by June", "Susan Hale"),
        Q("incise-told-addressee-medium", "Singer Nia Brooks released her album last week. “I never wanted to be famous,” she told KXRT's morning show on Monday.", Direct, "I never wanted to be famous", "Nia Brooks"),
        Q("trap-told-addressee-no-content", "Singer Nia Brooks released her album last week. “I never wanted to be famous,” Brooks told the Daily Ledger last month.", null, "the Daily Ledger last month", null),
        Q("postnominal-degree", "“Sleep is the first thing to go,” Helen Marsh, PhD, said at the conference.", Direct, "Sleep is the first thing to go", "Helen Marsh"),
        Q("incise-after-question-mark", "“Why not call a timeout there?” color analyst Kirk Herbstreit said during the broadcast.", Direct, "Why not call a timeout there?", "Kirk Herbstreit"),
    ];

    private static QuoteCase Q(string rule, string text, QuoteKind? kind, string expected, string? speaker) =>
        new("en", rule, text, kind, expected, speaker);
}
