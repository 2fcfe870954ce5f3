using static NewsParsing.QuoteKind;

namespace NewsParsing.Tests.Quotes;

/// <summary>German rule table: sentence → expected quote and speaker, one named rule per row.</summary>
internal static class QuoteCasesDe
{
    public static readonly IReadOnlyList<QuoteCase> All =
    [
        Q("low-high-sagte-name", "„Wir geben nicht auf“, sagte Klaus Berger.", Direct, "Wir geben nicht auf", "Klaus Berger"),
        Q("low-high-sagte-er", "Der Trainer Jens Hofmann lobte die Mannschaft. „Sie hat nie aufgegeben“, sagte er.", Direct, "Sie hat nie aufgegeben", "Jens Hofmann"),
        Q("low-high-sagte-sie", "Die Ministerin Petra Lang besuchte das Werk. „Die Arbeitsplätze bleiben erhalten“, sagte sie.", Direct, "Die Arbeitsplätze bleiben erhalten", "Petra Lang"),
        Q("reversed-marks", "»Wir brauchen mehr Lehrer«, erklärte Sabine Roth.", Direct, "Wir brauchen mehr Lehrer", "Sabine Roth"),
        Q("so-incise", "„Die Lage ist ernst“, so Bürgermeister Frank Weber.", Direct, "Die Lage ist ernst", "Frank Weber"),
        Q("role-compound", "„Der Haushalt steht“, sagte Finanzminister Otto Brandt.", Direct, "Der Haushalt steht", "Otto Brandt"),
        Q("colon-clause", "Der Sprecher der Feuerwehr, Martin Krause, sagte: „Niemand wurde verletzt.“", Direct, "Niemand wurde verletzt.", "Martin Krause"),
        Q("inversion", "Am Montag sagte der Vorsitzende Paul Richter: „Wir werden klagen.“", Direct, "Wir werden klagen.", "Paul Richter"),
        Q("participle-last", "„Wir wollen enger zusammenarbeiten“, hatte Konzernchef Lukas Wendt in einem Interview erklärt.", Direct, "Wir wollen enger zusammenarbeiten", "Lukas Wendt"),
        Q("spanning-sentences", "„Die Brücke ist gesperrt. Die Arbeiten dauern drei Monate“, sagte Ingenieur Tobias Kern.", Direct, "Die Brücke ist gesperrt. Die Arbeiten dauern drei Monate", "Tobias Kern"),
        Q("nested-single", "„Er sagte ‚warte hier‘ und ging“, berichtete Anna Vogel.", Direct, "Er sagte ‚warte hier‘ und ging", "Anna Vogel"),
        Q("description-speaker", "„Das Feuer ist gelöscht“, sagte ein Sprecher der Polizei.", Direct, "Das Feuer ist gelöscht", "ein Sprecher der Polizei"),
        Q("partial-bezeichnete", "Die Gewerkschaft bezeichnete den Plan als „völlig unausgegoren“.", Partial, "völlig unausgegoren", "Die Gewerkschaft"),
        Q("indirect-sagte-comma", "Innenminister Georg Falk sagte, die Kontrollen würden verstärkt.", Indirect, "die Kontrollen würden verstärkt", "Georg Falk"),
        Q("indirect-dass", "Die Polizei teilte mit, dass drei Personen festgenommen wurden.", Indirect, "drei Personen festgenommen wurden", "Die Polizei"),
        Q("indirect-laut", "Laut dem Wetterdienst wird es am Wochenende stürmisch.", Indirect, "wird es am Wochenende stürmisch", "dem Wetterdienst"),
        Q("indirect-zufolge", "Dem Bericht zufolge stiegen die Kosten um zehn Prozent.", Indirect, "stiegen die Kosten um zehn Prozent", "Dem Bericht"),
        Q("indirect-nach-angaben", "Nach Angaben der Feuerwehr brannte die Halle vollständig aus.", Indirect, "brannte die Halle vollständig aus", "Feuerwehr"),
        Q("indirect-so-after", "Die Verhandlungen seien gescheitert, so der Betriebsrat.", Indirect, "Die Verhandlungen seien gescheitert", "der Betriebsrat"),
        Q("indirect-inverted", "Gestern erklärte der Bürgermeister, die Schule werde saniert.", Indirect, "die Schule werde saniert", "der Bürgermeister"),
        Q("previous-subject", "Der Abgeordnete Max Keller verurteilte die Haltung der Regierung. „Diese Politik ist ungerecht und gefährlich.“", Direct, "Diese Politik ist ungerecht", "Max Keller"),
        Q("possessive-determiner", "Ihr Vorsitzender Eberhard Lenz erklärte: „Wir sind mit dem Entwurf nicht zufrieden.“", Direct, "Wir sind mit dem Entwurf nicht zufrieden.", "Eberhard Lenz"),
        Q("speakerless-before-comma", "„Wir sind hier nicht willkommen“, zitierte man eine Reporterin des Senders.", Direct, "Wir sind hier nicht willkommen", null),
        Q("trap-newspaper", "Er gab der Zeitung „Morgenpost“ ein langes Interview.", null, "Morgenpost", null),
        Q("trap-title-case", "Die Ausstellung „Kunst aus Berlin“ wird verlängert.", null, "Kunst aus Berlin", null),
        Q("trap-single-noun", "Die Mondfähre „Adler“ landete sicher.", null, "Adler", null),
        Q("trap-negated", "Der Konzern wollte sich nicht äußern.", null, "wollte sich", null),
        Q("trap-laut-gesetz", "Laut Gesetz müssen alle Fahrzeuge geprüft werden.", null, "alle Fahrzeuge", null),
    ];

    private static QuoteCase Q(string rule, string text, QuoteKind? kind, string expected, string? speaker) =>
        new("de", rule, text, kind, expected, speaker);
}
