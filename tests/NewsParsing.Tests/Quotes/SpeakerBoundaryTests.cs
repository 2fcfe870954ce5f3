namespace NewsParsing.Tests.Quotes;

/// <summary>
/// Where an English speaker phrase starts and ends: sentence openers, auxiliaries, adverbs and
/// pronouns are not part of a speaker or a role. The rule table checks speakers only; these
/// rows check the role as well. Every sentence was written for these tests.
/// </summary>
public sealed class SpeakerBoundaryTests
{
    // A second paragraph gives the page enough English for the lexicons to apply.
    private const string Context = " The council will meet again next week to discuss the budget and the roads.";

    [Theory]
    [InlineData("aux-adverb-before-verb", "Microsoft has already announced that the service will close in June.", "the service will close in June", "Microsoft", null)]
    [InlineData("adverb-before-verb", "Police initially said the driver had swerved to avoid a parked car.", "the driver had swerved", "Police", null)]
    [InlineData("leading-adverb", "However, the mayor said that the roads would reopen.", "the roads would reopen", "the mayor", null)]
    [InlineData("opener-then-name", "Meanwhile Sarah Lin, the mayor, said that the roads would reopen.", "the roads would reopen", "Sarah Lin", "the mayor")]
    [InlineData("first-name-opens-sentence", "Ana Ruiz joined the clinic in May. “It was a shock,” she said.", "It was a shock", "Ana Ruiz", null)]
    [InlineData("participle-opener-not-antecedent", "Moving to the city was hard. Ana Ruiz joined the clinic in May. Looking back, the first winter was the worst. “It was a shock,” she said.", "It was a shock", "Ana Ruiz", null)]
    [InlineData("dash-signature", "“Always choose the simple design. An office is a place to work together.” —Tom Pollard, director of interiors at a design firm", "Always choose the simple design", "Tom Pollard", "director of interiors at a design firm")]
    [InlineData("relative-in-apposition", "“We will not change the dress,” Maria Keane, the designer who made it, said in a statement.", "We will not change the dress", "Maria Keane", "the designer")]
    [InlineData("relative-after-subject", "Sen. Martin Holt (D-N.M.) who signed the letter, also praised the rule. “The guidance is clear,” he wrote.", "The guidance is clear", "Martin Holt", "(D-N.M.)")]
    [InlineData("incise-then-participle", "Ivo Brand spoke about the film. “Chris was in the script for years,” Brand said, adding that the cut was hard.", "Chris was in the script for years", "Ivo Brand", null)]
    [InlineData("apposition-subject-not-incise", "Sean Hale, the senator who wrote the bill, said the offer was rejected.", "the offer was rejected", "Sean Hale", "the senator")]
    [InlineData("long-role-before-name", "“It is time to act,” Florida State President Richard Lane said.", "It is time to act", "Richard Lane", "Florida State President")]
    [InlineData("age-apposition", "Maury Pell, 84, was honored at the ceremony. “I have always been generous with my time,” he said.", "I have always been generous", "Maury Pell", null)]
    [InlineData("possessive-is-no-subject", "Ann Dale joined the agency in 2019. Alton Reyes’s love of dance has shaped her work. “It helps,” she says.", "It helps", "Ann Dale", null)]
    [InlineData("role-subject-then-participle", "“We continue to talk to producers,” a spokesperson for the embassy said in a written statement, adding that exports would continue.", "We continue to talk to producers", "a spokesperson", null)]
    [InlineData("name-after-possessive", "Bank of Lisbon's Reif Ahlers said that the merger could close in spring.", "the merger could close", "Reif Ahlers", "Bank of Lisbon's")]
    [InlineData("clause-is-no-name-apposition", "By the end of July, Dale's column had been corrected five times, the magazine said.", "corrected five times", "the magazine", null)]
    [InlineData("subject-first-unknown-verb", "Kourtney went on to speak about her recovery. “I was not prepared for the fear,” she continued.", "I was not prepared for the fear", "Kourtney", null)]
    [InlineData("name-first-unknown-verb", "“It helped a lot,” Ruiz recalled.", "It helped a lot", "Ruiz", null)]
    [InlineData("quote-after-verb-comma", "Regarding the report, the lawsuit claims, “The company knew about the fault.”", "The company knew about the fault", "the lawsuit", null)]
    [InlineData("pronoun-subject-hides-clause-name", "Actor Liam Dore grew up in Belfast.\n\nHe spent his holidays in West Cork, where Harbour was filmed.\n\n“My dad used to drive us there every summer,” he told the Irish Examiner.", "My dad used to drive us there", "Liam Dore", "Actor")]
    [InlineData("two-appositions", "Dan Kern, litigation specialist at Harcus Lane, a City law firm, said the carmaker was in real difficulties.", "the carmaker was in real difficulties", "Dan Kern", "litigation specialist at Harcus Lane")]
    [InlineData("mixed-marks", "\"Without access the situation is desperate,” Cindy Hale said.", "Without access the situation is desperate", "Cindy Hale", null)]
    [InlineData("capitalised-modifier", "Aid groups said the situation in the strip was getting worse every day.", "the situation in the strip", "Aid groups", null)]
    [InlineData("clause-after-name-is-no-role", "Remarkably, Grimm rejected the request for a briefing, claiming that it is standard practice to stay silent.", "it is standard practice", "Grimm", null)]
    [InlineData("pronoun-then-object", "Lena Vogt thanked the staff. She told the crowd that the museum would stay open.", "the museum would stay open", "Lena Vogt", null)]
    [InlineData("title-inside-run", "“The vote is not over,” Ohio Rep. Dana Whitcomb told reporters.", "The vote is not over", "Dana Whitcomb", "Ohio Rep.")]
    public void SpeakerAndRole(string rule, string text, string quote, string speaker, string? role)
    {
        var quotes = QuoteRuleTable.Run(text + "\n\n" + Context.Trim(), "en");
        var match = quotes.FirstOrDefault(q => q.Text.Contains(quote, StringComparison.Ordinal));
        var found = string.Join("\n", quotes.Select(q => $"  {q.Kind} [{q.Speaker} | {q.SpeakerRole}] {q.Text}"));
        Assert.True(match is not null, $"{rule}: no quote containing '{quote}'; found:\n{found}");
        Assert.Equal(speaker, match!.Speaker);
        Assert.Equal(role, match.SpeakerRole);
    }

    [Fact]
    public void CapitalisedVerbFormIsNoCue()
    {
        // "State" is a reporting verb in lower case only.
        var quotes = QuoteRuleTable.Run("Florida State leaders have pushed for a new revenue deal for more than a year.\n\n" + Context.Trim(), "en");
        Assert.Empty(quotes);
    }

    [Theory]
    [InlineData("passive-english", "The residents were told that the water was safe to drink.", "the water was safe")]
    [InlineData("passive-either", "All the deaths are either mentioned or shown in the film.", "or shown in the film")]
    [InlineData("object-is-no-speech-added", "Richmond added a second date because the first show sold out in an hour.", "a second date")]
    [InlineData("object-is-no-speech-wrote", "The novelist wrote a letter to the mayor about the closure of the library.", "a letter to the mayor")]
    [InlineData("object-is-no-speech-tweeted", "The senator tweeted a video of the flooded street on Sunday evening.", "a video of the flooded street")]
    [InlineData("object-is-no-speech-posted", "The singer posted a photo of the private jet on her account on Monday.", "a photo of the private jet")]
    public void NoSpeechReported(string rule, string text, string content)
    {
        var quotes = QuoteRuleTable.Run(text + "\n\n" + Context.Trim(), "en");
        Assert.False(quotes.Any(q => q.Text.Contains(content, StringComparison.Ordinal)), rule);
    }

    [Theory]
    [InlineData("impersonal-il", "François Hollande a annoncé qu'il saisirait le Conseil. Le texte élargit les missions des services. Il s’agit notamment de « la prévention du terrorisme et de la criminalité organisée ».", "la prévention du terrorisme", "François Hollande")]
    [InlineData("future-of-etre", "Le ministre a présenté le texte mardi. Le contrôle de cette surveillance sera confié à une autorité indépendante.", "confié à une autorité", null)]
    [InlineData("stance-pour-needs-a-person", "Pour la première fois, le festival accueillera « plus de cent mille visiteurs » cet été.", "plus de cent mille visiteurs", "la première fois")]
    [InlineData("stance-pour-purpose-is-no-speaker", "Pour repérer ces profils, la loi permettra d'étendre la surveillance à tous les contacts.", "la loi permettra", null)]
    [InlineData("causative-object-is-no-speech", "Les salariés ont fait valoir leurs droits devant le tribunal des prud'hommes.", "leurs droits", null)]
    [InlineData("object-of-estimer-is-no-speech", "La banque estime la perte à trois millions d'euros pour l'exercice en cours.", "la perte à trois millions", null)]
    [InlineData("espérer-is-no-reporting-verb", "Les enquêteurs espèrent pouvoir identifier le suspect dans les prochains jours.", "identifier le suspect", null)]
    public void FrenchNoFalseSpeaker(string rule, string text, string content, string? notSpeaker)
    {
        var quotes = QuoteRuleTable.Run(text + "\n\nLe Parlement doit voter le texte la semaine prochaine, après un long débat à l'Assemblée.", "fr");
        Assert.False(
            quotes.Any(q => q.Text.Contains(content, StringComparison.Ordinal) && (notSpeaker is null || q.Speaker == notSpeaker)),
            $"{rule}: {string.Join(" / ", quotes.Select(q => $"{q.Kind} [{q.Speaker}] {q.Text}"))}");
    }

    [Theory]
    [InlineData("fronted-phrase", "Whatever the case, the town had a name for the “heroes of the harbour” who stayed behind.", "Whatever")]
    [InlineData("preposition-opener", "Among the residents who signed the letter, many wrote that the plan was reckless.", "Among")]
    public void NoSpeakerFromASentenceOpener(string rule, string text, string opener)
    {
        var quotes = QuoteRuleTable.Run(text + "\n\n" + Context.Trim(), "en");
        Assert.DoesNotContain(quotes, q => q.Speaker?.StartsWith(opener, StringComparison.Ordinal) == true);
        Assert.True(quotes.All(q => q.Speaker is null || !q.Speaker.Contains(opener, StringComparison.Ordinal)), rule);
    }
}
