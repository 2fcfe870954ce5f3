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
        Q("inversion-oblique-field", "Dem Sender sagte die Ministerin Anna Roth: „Wir prüfen alle Vorwürfe sehr genau.“", Direct, "Wir prüfen alle Vorwürfe", "Anna Roth"),
        Q("inversion-object-first", "Den Vorschlag der Regierung kritisierte der Verbandschef Peter Graf scharf: „Das ist völlig realitätsfern und teuer.“", Direct, "Das ist völlig realitätsfern", "Peter Graf"),
        Q("inversion-object-pp", "Den Ärger der Eltern über die Pläne brachte die Sprecherin des Elternrats, Nina Stein, zum Ausdruck: „So geht man mit Familien nicht um.“", Direct, "So geht man mit Familien nicht um.", "Nina Stein"),
        Q("inversion-pronoun-after-verb", "Der Trainer Jan Kurz war nach dem Spiel zufrieden. Die Leistung seiner Mannschaft lobte er mit den Worten: „Das war unser bestes Spiel in diesem Jahr.“", Direct, "Das war unser bestes Spiel", "Jan Kurz"),
        Q("inversion-nominative-after-verb", "Die Zukunft des Werks stellte der Betriebsratschef Uwe Kranz offen in Frage: „Wir wissen nicht, wie es weitergeht.“", Direct, "Wir wissen nicht", "Uwe Kranz"),
        Q("focus-particle-subject", "Auch der frühere Trainer Karl Baum kritisierte, die Mannschaft habe „keinen richtigen Plan gehabt“.", Partial, "keinen richtigen Plan gehabt", "Karl Baum"),
        Q("perfect-subject-before-aux", "Die Senatorin Eva Brandt sprach im Landtag. Brandt hatte vor allem die Rolle der Eltern betont: „Ohne sie geht es einfach nicht.“", Direct, "Ohne sie geht es", "Eva Brandt"),
        Q("perfect-inverted-aux", "Damals hatte die Senatorin Eva Brandt noch gesagt: „Die Schule bleibt auf jeden Fall offen.“", Direct, "Die Schule bleibt", "Eva Brandt"),
        Q("reflexive-before-speaker", "Im Interview äußerte sich der Vereinschef Tom Berger zuversichtlich: „Wir schaffen den Klassenerhalt.“", Direct, "Wir schaffen den Klassenerhalt.", "Tom Berger"),
        Q("separable-particle-not-speaker", "„Wir sind mit den Ergebnissen sehr zufrieden“, fügt die Forscherin Lena Hoff hinzu.", Direct, "Wir sind mit den Ergebnissen", "Lena Hoff"),
        Q("trap-particle-speaker", "Das Unternehmen gab dazu bekannt: „Die Produktion wird im Mai wieder aufgenommen.“", Direct, "Die Produktion wird", "Das Unternehmen"),
        Q("document-heisst-es-after", "„Die Lage in der Stadt ist ruhig“, heißt es in dem Schreiben der Behörde.", Direct, "Die Lage in der Stadt ist ruhig", "dem Schreiben der Behörde"),
        Q("document-heisst-es-before", "In einem Schreiben an die Eltern heißt es: „Der Unterricht fällt am Freitag aus.“", Direct, "Der Unterricht fällt am Freitag aus.", "einem Schreiben"),
        Q("document-heisst-es-indirect", "Im Bericht der Kommission heißt es, die Mittel seien nicht sinnvoll eingesetzt worden.", Indirect, "die Mittel seien nicht sinnvoll", "Bericht der Kommission"),
        Q("trap-es-heisst", "Es heißt, der Minister werde bald zurücktreten.", null, "der Minister werde bald", null),
        Q("apposition-role-with-pp", "„Die Strecke muss bleiben“, sagte die verkehrspolitische Sprecherin der Fraktion im Landtag, Carla Wendt.", Direct, "Die Strecke muss bleiben", "Carla Wendt"),
        Q("apposition-role-genitive-name", "„Das ist ein guter Tag für alle“, sagte der katholische Bischof Roms, Marco Bellini.", Direct, "Das ist ein guter Tag", "Marco Bellini"),
        Q("apposition-colon-unknown-verb", "Der Leiter der Klimastudie, Rui Costa Lima, sieht die Verantwortung bei den Staaten: „Es muss jetzt gehandelt werden.“", Direct, "Es muss jetzt gehandelt werden.", "Rui Costa Lima"),
        Q("inversion-after-fronted-clause", "Da die Betriebe auf sauberes Wasser angewiesen sind, warnte der Geschäftsführer des Bäckerverbands, Olaf Brandt, die Regierung in einem Brief: „Das Risiko ist zu groß.“", Direct, "Das Risiko ist zu groß.", "Olaf Brandt"),
        Q("apposition-member-role", "Nina Roth, Vorstandsmitglied der Stiftung, sagte dazu gegenüber dem Sender: „Wir bleiben dabei.“", Direct, "Wir bleiben dabei.", "Nina Roth"),
        Q("trap-title-noun-genitive", "Der Chefredakteur des Magazins „Rad und Reise“ trat am Montag zurück.", null, "Rad und Reise", null),
        Q("trap-title-noun-category", "Das Gerät gehört zur Kategorie „sehr sparsam“ und kostet weniger.", null, "sehr sparsam", null),
        Q("trap-quoted-source", "Wie „netz aktuell“ berichtet, wurden die Server am Freitag abgeschaltet.", null, "netz aktuell", null),
        Q("qualifier-object-not-source", "Die Ministerin hat die Reform als „längst überfällig“ bezeichnet.", Partial, "längst überfällig", "Die Ministerin"),
        Q("trap-fragment-non-person-subject", "Das Museum zeigt im „grünen Saal“ alte Karten.", null, "grünen Saal", null),
        Q("fragment-organisation-subject", "Der Senat will die Mittel „ohne weitere Verzögerung in die Schulen“ lenken.", Partial, "ohne weitere Verzögerung", "Der Senat"),
        Q("verb-begruendet-inverted", "„Die Regeln gelten für alle“, begründet das Landgericht sein Urteil.", Direct, "Die Regeln gelten für alle", "das Landgericht"),
        Q("verb-beschreibt-incise", "„Es klang wie ein Donnerschlag“, beschreibt eine Anwohnerin den Moment.", Direct, "Es klang wie ein Donnerschlag", "eine Anwohnerin"),
        Q("verb-kommentierte-colon", "Der Ökonom Felix Brandt kommentierte: „Die Zinsen bleiben noch lange niedrig.“", Direct, "Die Zinsen bleiben", "Felix Brandt"),
        Q("verb-versprochen-perfect", "Die Bürgermeisterin Lea Sommer hatte im Wahlkampf versprochen, die Kitas würden „spätestens im Herbst“ öffnen.", Partial, "spätestens im Herbst", "Lea Sommer"),
        Q("relative-clause-skipped", "Der Trainer Tim Kroll, der nach dem Spiel auf die Tribüne musste, nannte die Entscheidung „völlig überzogen“.", Partial, "völlig überzogen", "Tim Kroll"),
        Q("trap-newspaper", "Er gab der Zeitung „Morgenpost“ ein langes Interview.", null, "Morgenpost", null),
        Q("trap-title-case", "Die Ausstellung „Kunst aus Berlin“ wird verlängert.", null, "Kunst aus Berlin", null),
        Q("trap-single-noun", "Die Mondfähre „Adler“ landete sicher.", null, "Adler", null),
        Q("trap-negated", "Der Konzern wollte sich nicht äußern.", null, "wollte sich", null),
        Q("trap-laut-gesetz", "Laut Gesetz müssen alle Fahrzeuge geprüft werden.", null, "alle Fahrzeuge", null),
    ];

    private static QuoteCase Q(string rule, string text, QuoteKind? kind, string expected, string? speaker) =>
        new("de", rule, text, kind, expected, speaker);
}
