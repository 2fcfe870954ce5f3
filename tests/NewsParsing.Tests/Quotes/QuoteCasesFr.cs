using static NewsParsing.QuoteKind;

namespace NewsParsing.Tests.Quotes;

/// <summary>French rule table: sentence → expected quote and speaker, one named rule per row.</summary>
internal static class QuoteCasesFr
{
    public static readonly IReadOnlyList<QuoteCase> All =
    [
        // Quote marks.
        Q("guillemets", "« Nous ne céderons pas », a déclaré Marie Lefort.", Direct, "Nous ne céderons pas", "Marie Lefort"),
        Q("guillemets-nbsp", "«\u00A0Le budget sera voté en juin\u00A0», a affirmé Paul Garnier.", Direct, "Le budget sera voté en juin", "Paul Garnier"),
        Q("guillemets-narrow-nbsp", "«\u202FLes urgences sont saturées\u202F», a alerté Nadia Benali.", Direct, "Les urgences sont saturées", "Nadia Benali"),
        Q("english-marks", "“La situation reste tendue ce soir”, a indiqué Hugo Lambert.", Direct, "La situation reste tendue ce soir", "Hugo Lambert"),
        Q("straight-marks", "\"Nous avons reçu plus de mille plaintes\", a précisé Julien Morel.", Direct, "Nous avons reçu plus de mille plaintes", "Julien Morel"),
        Q("single-angle-marks", "‹ Nous attendons des excuses officielles ›, a réclamé Sophie Marchand.", Direct, "Nous attendons des excuses officielles", "Sophie Marchand"),
        Q("nested-outermost", "« Il m'a dit “attends demain” puis il est parti », a raconté Claire Dumas.", Direct, "Il m'a dit “attends demain” puis il est parti", "Claire Dumas"),
        Q("spanning-sentences", "« Le pont est fermé. Les travaux dureront trois mois », a expliqué l'ingénieur Marc Vidal.", Direct, "Le pont est fermé. Les travaux dureront trois mois", "Marc Vidal"),
        Q("unclosed-to-paragraph-end", "Le maire Henri Bastien a assuré que la rentrée était maintenue. « Nous rouvrirons l'école lundi. Les parents seront prévenus.", Direct, "Nous rouvrirons l'école lundi. Les parents seront prévenus.", "Henri Bastien"),
        Q("continued-paragraphs", "« Nous avons tout essayé pour sauver l'usine et ses emplois.\n\n« Mais les commandes ne sont jamais revenues », a regretté le directeur, Luc Perrin.", Direct, "Nous avons tout essayé pour sauver l'usine", "Luc Perrin"),
        Q("continued-paragraphs-second", "« Nous avons tout essayé pour sauver l'usine et ses emplois.\n\n« Mais les commandes ne sont jamais revenues », a regretté le directeur, Luc Perrin.", Direct, "Mais les commandes ne sont jamais revenues", "Luc Perrin"),

        // Who said it: incise after the quote.
        Q("incise-name", "« Le calendrier sera respecté », a assuré Thomas Girard.", Direct, "Le calendrier sera respecté", "Thomas Girard"),
        Q("incise-role-split", "« Le calendrier sera tenu », a assuré le porte-parole du gouvernement, Thomas Girard.", Direct, "Le calendrier sera tenu", "Thomas Girard"),
        Q("incise-unknown-verb", "« La ligne rouge est franchie », a lancé le président de la commission Alain Dorval.", Direct, "La ligne rouge est franchie", "Alain Dorval"),
        Q("incise-adverb-weekday", "« Le dialogue est rompu », a déclaré mardi soir la porte-parole Inès Caradec.", Direct, "Le dialogue est rompu", "Inès Caradec"),
        Q("incise-unknown-verb-unnamed-person", "« On ne lâchera rien », lance un ouvrier à la sortie de l'usine.", Direct, "On ne lâchera rien", "un ouvrier"),
        Q("incise-unknown-verb-thing-is-no-speaker", "« Les comptes sont dans le rouge », résume le rapport annuel de la Cour.", Direct, "Les comptes sont dans le rouge", null),
        Q("incise-recipient-agency", "« Le feu a pris au troisième étage », a précisé à l'AFP le commandant Éric Vidal, porte-parole des pompiers.", Direct, "Le feu a pris au troisième étage", "Éric Vidal"),
        Q("incise-recipient-media", "« Rien ne laissait prévoir un tel drame », a confié au Parisien Marie Dufour, une voisine.", Direct, "Rien ne laissait prévoir un tel drame", "Marie Dufour"),
        Q("incise-adverb", "« Rien n'est joué », a encore insisté Bruno Lemaire-Vidal.", Direct, "Rien n'est joué", "Bruno Lemaire-Vidal"),
        Q("incise-present-tense", "« Le marché repart », estime Camille Roger, économiste.", Direct, "Le marché repart", "Camille Roger"),
        Q("incise-clitic-il", "Le Premier ministre Jean Castel s'est rendu à Lille. « Personne ne sera oublié », a-t-il promis.", Direct, "Personne ne sera oublié", "Jean Castel"),
        Q("incise-clitic-elle", "La sénatrice Anne Roux a salué le vote. « C'est une victoire collective », déclare-t-elle.", Direct, "C'est une victoire collective", "Anne Roux"),
        Q("incise-clitic-dit", "Le chef de chantier, Karim Saïdi, montre les fissures. « Il faudra tout refaire », dit-il.", Direct, "Il faudra tout refaire", "Karim Saïdi"),
        Q("pronoun-gender-f", "La ministre Camille Jourdan a rencontré le maire mardi. « Rien n'est encore décidé », a-t-elle ajouté.", Direct, "Rien n'est encore décidé", "Camille Jourdan"),
        Q("pronoun-gender-m", "M. Henri Lebrun a déclaré que le dossier avançait. Mme Claire Vasseur a estimé que rien n'était joué. « Nous verrons bien la semaine prochaine », a-t-il conclu.", Direct, "Nous verrons bien", "Henri Lebrun"),
        Q("pronoun-feminine-role", "La porte-parole de la mairie, Léa Fontaine, a tenu une conférence. Elle a déclaré que la piscine rouvrirait en juin.", Indirect, "la piscine rouvrirait en juin", "Léa Fontaine"),

        // Who said it: the clause before the quote.
        Q("clause-colon", "Le président du club, Alain Rivière, a déclaré\u00A0: « Nous ferons appel de cette décision. »", Direct, "Nous ferons appel de cette décision.", "Alain Rivière"),
        Q("clause-estime-que", "La banque centrale estime que l'inflation ralentira nettement au printemps.", Indirect, "l'inflation ralentira nettement au printemps", "La banque centrale"),
        Q("stance-pour-person", "Pour le délégué CGT, Marc Petit, « cette décision est un coup de massue pour la vallée ».", Partial, "cette décision est un coup de massue pour la vallée", "Marc Petit"),
        Q("stance-pour-role", "Pour la ministre, cette réforme va dénaturer le service public pénitentiaire.", Indirect, "cette réforme va dénaturer le service public", "la ministre"),
        Q("clause-causative-savoir", "La préfète a fait savoir que des mesures seraient proposées aux salariés.", Indirect, "des mesures seraient proposées aux salariés", "La préfète"),
        Q("clause-causative-valoir", "Le syndicat fait valoir que le site reste rentable malgré la crise.", Indirect, "le site reste rentable malgré la crise", "Le syndicat"),
        Q("clause-stressed-pronoun", "Les syndicats, eux, dénoncent « une saignée des services publics ».", Partial, "une saignée des services publics", "Les syndicats"),
        Q("clause-reflexive-verb", "Le maire de Lyon s'est dit « très inquiet » de la hausse des loyers.", Partial, "très inquiet", "Le maire de Lyon"),
        Q("clause-que-partial", "Le syndicat a qualifié la réforme d'« injuste et brutale ».", Partial, "injuste et brutale", "Le syndicat"),
        Q("clause-que-inside", "Même si Paul Serre a affirmé que l'accord était « équilibré et durable », les critiques persistent.", Partial, "équilibré et durable", "Paul Serre"),
        Q("partial-incise-end", "Le texte constitue une « avancée historique » pour les patients, a estimé la ministre de la Santé, Laure Benoît.", Partial, "avancée historique", "Laure Benoît"),
        Q("sentence-before", "L'entraîneur Louis Ferrand a reconnu que son équipe avait déçu. « Nous avons manqué de lucidité en fin de match. »", Direct, "Nous avons manqué de lucidité", "Louis Ferrand"),
        Q("continued-paragraphs-unopened", "Le maire, Jean Bosc, défend son bilan. « Nous avons rénové trois écoles.\n\nEt la piscine rouvrira en juin », poursuit l'élu.", Direct, "Et la piscine rouvrira en juin", "Jean Bosc"),
        Q("trap-demonstrative-term", "Ces « zones grises » du littoral inquiètent encore les maires des communes voisines.", null, "zones grises", null),
        Q("trap-interrogative-determiner-is-no-person", "Jeanne Arnal a reçu nos journalistes dans son atelier.\n\n– Quel modèle préférez-vous ?\n\n« Je ne choisis jamais », répond-elle.", Direct, "Je ne choisis jamais", "Jeanne Arnal"),
        Q("source-stressed-pronoun", "La directrice, Odile Farge, a répondu aux critiques. Selon elle, les travaux ont été votés en 2021.", Indirect, "les travaux ont été votés en 2021", "Odile Farge"),
        Q("source-lui-opens-sentence", "Le préfet, Alain Brun, a reçu les élus. Selon lui, la route rouvrira avant l'été.", Indirect, "la route rouvrira avant l'été", "Alain Brun"),
        Q("name-particle-compound", "« Les discussions avancent », a déclaré le porte-parole, Karim al-Rachidi, lors d'un point presse.", Direct, "Les discussions avancent", "Karim al-Rachidi"),
        Q("trap-last-verb-of-the-reported-clause", "Le porte-parole de la mairie, Paul Vidal, a affirmé que les travaux avançaient.", Indirect, "les travaux avançaient", "Paul Vidal"),
        Q("reflexive-clitic-is-no-apposition", "La directrice de l'école, Claire Morel, s'est exprimée devant les parents. Elle a assuré que « la rentrée aura lieu ».", Partial, "la rentrée aura lieu", "Claire Morel"),
        Q("trap-first-findings-are-no-source", "D'après les premiers éléments, la fuite venait d'une canalisation.", null, "la fuite venait d'une canalisation", null),
        Q("aside-between-subject-and-verb", "L'association, pour sa part, estime que le projet est mal ficelé.", Indirect, "le projet est mal ficelé", "L'association"),
        Q("aside-adverb-between-commas", "Le club, toutefois, a affirmé que l'entraîneur resterait en poste.", Indirect, "l'entraîneur resterait en poste", "Le club"),
        Q("trap-pronoun-subject-after-participial-phrase", "La rectrice, Sylvie Barrot, a visité le lycée. Interrogée sur les effectifs, elle a répondu : « Nous ouvrirons deux classes. »", Direct, "Nous ouvrirons deux classes", "Sylvie Barrot"),
        Q("source-medium-named-in-marks", "Selon le quotidien « La Gazette du Nord », le stade sera rénové en 2026.", Indirect, "le stade sera rénové en 2026", "La Gazette du Nord"),
        Q("incise-place-before-subject", "« Le verdict est juste », a déclaré à la sortie du tribunal le frère de la victime.", Direct, "Le verdict est juste", "le frère de la victime"),
        Q("previous-quote-continuation", "« Le club traverse une crise », a admis le président Yves Carrel. « Mais nous allons nous relever très vite. »", Direct, "Mais nous allons nous relever", "Yves Carrel"),
        Q("clause-subject-partial", "Le mois dernier, lorsque le sélectionneur a promis un « jeu plus offensif », les supporters ont applaudi.", Partial, "jeu plus offensif", "le sélectionneur"),

        // One canonical name per person.
        Q("canonical-honorific", "Le président Emmanuel Duval a inauguré le salon. « L'industrie doit se réinventer », a déclaré M. Duval.", Direct, "L'industrie doit se réinventer", "Emmanuel Duval"),
        Q("canonical-surname", "Le président Emmanuel Duval a inauguré le salon. « Il faut investir davantage », a ajouté Duval.", Direct, "Il faut investir davantage", "Emmanuel Duval"),
        Q("canonical-pronoun", "Le président Emmanuel Duval a inauguré le salon.\n\n« Nous tiendrons nos engagements », a-t-il assuré.", Direct, "Nous tiendrons nos engagements", "Emmanuel Duval"),

        // Organisations and media are speakers.
        Q("org-incise", "« Aucun incident n'a été signalé », a indiqué la gendarmerie.", Direct, "Aucun incident n'a été signalé", "la gendarmerie"),
        Q("org-kremlin", "Le Kremlin a affirmé que les discussions avaient été constructives.", Indirect, "les discussions avaient été constructives", "Le Kremlin"),
        Q("media-agency", "Les négociations reprendront jeudi à Genève, a rapporté l'agence Tass.", Indirect, "Les négociations reprendront jeudi", "Tass"),
        Q("media-agency-time", "Le convoi a franchi la frontière dans la nuit, a rapporté mercredi matin l'agence officielle Xinhua.", Indirect, "Le convoi a franchi la frontière", "Xinhua"),

        // Interviews introduced by a dash.
        Q("interview-answer", Interview1, Interview, "Les nappes phréatiques sont au plus bas", "Pierre Aubry"),
        Q("interview-question", Interview1, Question, "Faut-il craindre des restrictions ?", null),
        Q("interview-second-answer", Interview1, Interview, "Oui, dès le mois de juillet", "Pierre Aubry"),
        Q("interview-keeps-interviewee", Interview1, Interview, "Les agriculteurs devront s'adapter", "Pierre Aubry"),
        Q("interview-incise", Interview1, Interview, "Nous resterons fermes sur ce point", "Jean Castel"),
        Q("interview-em-dash", "Interrogée par la radio, l'architecte Nora Haddad a déclaré que le chantier prendrait du retard.\n\n— Le béton manque partout en Europe depuis le printemps.\n\n— Et les prix ont doublé en un an.", Interview, "Le béton manque partout", "Nora Haddad"),
        Q("interview-hyphen", "Dans un entretien, le navigateur Yann Le Goff a affirmé qu'il repartirait.\n\n- La mer me manque déjà beaucoup.\n\n- Je pars dans deux mois.", Interview, "La mer me manque déjà", "Yann Le Goff"),

        // Indirect speech.
        Q("indirect-declare-que", "Le ministre de l'Intérieur, Gérald Fontaine, a déclaré que les contrôles seraient renforcés.", Indirect, "les contrôles seraient renforcés", "Gérald Fontaine"),
        Q("indirect-affirme-qu", "La présidente de la région, Sylvie Caron, a affirmé qu'aucune ligne ne fermerait.", Indirect, "aucune ligne ne fermerait", "Sylvie Caron"),
        Q("indirect-souligne-adverb", "Le préfet Olivier Brunet a également souligné que la vigilance restait de mise.", Indirect, "la vigilance restait de mise", "Olivier Brunet"),
        Q("indirect-object", "Le directeur Marc Olivier a également mentionné la hausse des coûts de l'énergie.", Indirect, "la hausse des coûts de l'énergie", "Marc Olivier"),
        Q("indirect-participle", "Le maire Denis Roussel a critiqué le projet, estimant qu'il menaçait le littoral.", Indirect, "il menaçait le littoral", "Denis Roussel"),
        Q("indirect-selon-before", "Selon la police, trois personnes ont été interpellées dans la soirée.", Indirect, "trois personnes ont été interpellées", "la police"),
        Q("indirect-selon-apposition", "Selon Anne Tessier, directrice de l'observatoire, la pollution a baissé de moitié.", Indirect, "la pollution a baissé de moitié", "Anne Tessier"),
        Q("indirect-selon-after", "Le scrutin aura lieu en mars, selon le ministère de l'Intérieur.", Indirect, "Le scrutin aura lieu en mars", "le ministère de l'Intérieur"),
        Q("indirect-dapres", "D'après l'Insee, le chômage a reculé au premier trimestre.", Indirect, "le chômage a reculé", "l'Insee"),
        Q("name-particle-chain", "« L'Europe doit tenir bon », a affirmé la commissaire européenne Greta van der Molen.", Direct, "L'Europe doit tenir bon", "Greta van der Molen"),
        Q("name-particle-after-role-comma", "« Le royaume restera neutre », a déclaré le ministre des Affaires étrangères, Samir ben Youssef.", Direct, "Le royaume restera neutre", "Samir ben Youssef"),
        Q("coordinated-subject-f", "Claire Morin et son frère Luc gèrent le camping depuis dix ans. « La saison a été excellente », raconte-t-elle.", Direct, "La saison a été excellente", "Claire Morin"),
        Q("coordinated-subject-m", "Henri Brunet et sa sœur Anne tiennent la pharmacie du village. « Les clients sont fidèles », assure-t-il.", Direct, "Les clients sont fidèles", "Henri Brunet"),
        Q("source-title-tail", "D'après Le Courrier picard, la préfecture aurait fermé trois écoles.", Indirect, "la préfecture aurait fermé trois écoles", "Le Courrier picard"),

        Q("inner-incise-role-name", "« Le chantier avance, a assuré la ministre de la Culture, Inès Morvan. Mais il reste beaucoup à faire. »", Direct, "Mais il reste beaucoup à faire.", "Inès Morvan"),
        Q("inner-incise-name-apposition", "« Le chantier avance, a assuré Inès Morvan, présidente du syndicat. Mais il reste beaucoup à faire. »", Direct, "Mais il reste beaucoup à faire.", "Inès Morvan"),
        Q("incise-manner-dans", "« Je ne briguerai pas de second mandat », affirme dans les colonnes du Télégramme le maire de Brest, Yann Kerdraon.", Direct, "Je ne briguerai pas de second mandat", "Yann Kerdraon"),
        Q("indirect-appris-aupres", "Le collège restera fermé jusqu'à lundi, a-t-on appris auprès du rectorat de Rennes.", Indirect, "Le collège restera fermé jusqu'à lundi", "rectorat de Rennes"),
        Q("indirect-comme-le-rapporte", "Le joueur aurait signé un contrat de trois ans, comme le rapporte L'Équipe.", Indirect, "Le joueur aurait signé un contrat de trois ans", "L'Équipe"),
        Q("opener-aux-yeux-de", "Aux yeux du syndicaliste Paul Rivière, cette réforme est « une provocation pure et simple ».", Partial, "une provocation pure et simple", "Paul Rivière"),

        Q("description-anaphor-possessive", "La skieuse Léa Morel et son entraîneur Marc Giraud ont commenté la course. « Elle a skié sans aucune faute », a ajouté son entraîneur.", Direct, "Elle a skié sans aucune faute", "Marc Giraud"),
        Q("name-antecedent-after-role", "À 23 ans, la chanteuse Jeanne Carrel publie son premier disque. « J'ai mis dix ans à le préparer », confie-t-elle.", Direct, "J'ai mis dix ans à le préparer", "Jeanne Carrel"),

        Q("colon-intro-after-apposition", "La présidente du syndicat, Odile Ferrand, a adressé un message aux adhérents mardi : « Nous ne signerons pas cet accord. »", Direct, "Nous ne signerons pas cet accord.", "Odile Ferrand"),
        Q("stance-after-colon", "Logement : pour l'économiste Hugo Perret, « la pénurie va durer encore dix ans ».", Partial, "la pénurie va durer encore dix ans", "Hugo Perret"),
        Q("clitic-incise-after-capitalised-quote", "L'entraîneur Marc Giraud a fixé l'objectif. « On vise Los Angeles », a-t-il conclu.", Direct, "On vise Los Angeles", "Marc Giraud"),

        Q("naming-verb-calls-for", "Le préfet Jean Morel a appelé « à la plus grande prudence » sur les routes du département.", Partial, "à la plus grande prudence", "Jean Morel"),

        Q("coordinated-subject-apposition", "Anne Giraud, maire de Vannes, et son adjoint Luc Morvan ont inauguré la médiathèque. « Nous avons tenu nos promesses », a-t-elle ajouté.", Direct, "Nous avons tenu nos promesses", "Anne Giraud"),
        Q("role-epicene-maire", "Léa Brunet, maire de Lorient, a visité le chantier naval. « Les délais seront tenus », a-t-elle assuré.", Direct, "Les délais seront tenus", "Léa Brunet"),

        Q("group-role-unknown-verb", "« Nous avons été entendus », se félicitent les syndicats de cheminots dans un communiqué.", Direct, "Nous avons été entendus", "les syndicats de cheminots"),

        Q("name-joiner-sans", "« Les camps sont saturés », alerte Médecins sans frontières dans un rapport publié lundi.", Direct, "Les camps sont saturés", "Médecins sans frontières"),
        Q("source-name-then-clause", "Selon Amnesty International, trente militants ont été arrêtés à l'aube.", Indirect, "trente militants ont été arrêtés à l'aube", "Amnesty International"),

        Q("indirect-cite-par", "La production reprendra dès la semaine prochaine, cité par l'agence Reuters.", Indirect, "La production reprendra", "Reuters"),
        Q("indirect-incise", "Le fret ferroviaire a progressé de dix pour cent, a précisé le directeur, Samir Khelifi.", Indirect, "Le fret ferroviaire a progressé", "Samir Khelifi"),

        // Traps: not quotes, not speech.
        Q("trap-newspaper", "Le ministre a accordé un long entretien au quotidien « Le Progrès ».", null, "Le Progrès", null),
        Q("trap-book", "Son dernier livre, « Les Heures creuses », paraît en mai chez un petit éditeur.", null, "Les Heures creuses", null),
        Q("trap-law", "La loi « Climat et résilience » entrera en vigueur l'an prochain.", null, "Climat et résilience", null),
        Q("trap-operation", "Les soldats de l'opération « Sentinelle » patrouillent dans la gare.", null, "Sentinelle", null),
        Q("trap-title-case-name", "Il a rejoint l'association « Amis de la Terre Vivante » en 2019.", null, "Amis de la Terre Vivante", null),
        Q("trap-scare-quote", "Les habitants parlent d'un quartier « fantôme » depuis la fermeture du marché.", null, "fantôme", null),
        Q("trap-naming-verb", "Les marins appellent ce rocher « la dent du diable » depuis toujours.", null, "la dent du diable", null),
        Q("trap-naming-participle", "Le quartier, surnommé « le petit Marseille » par ses habitants, sera rénové.", null, "le petit Marseille", null),
        Q("trap-negated-cue", "Le maire n'a pas souhaité commenter la décision du tribunal.", null, "la décision du tribunal", null),
        Q("trap-negated-que", "L'entreprise n'a pas précisé que les salariés seraient indemnisés.", null, "les salariés seraient indemnisés", null),
        Q("trap-selon-les-cas", "Selon les cas, la visite dure une ou deux heures.", null, "la visite dure", null),
        Q("trap-selon-nos-informations", "Selon nos informations, le directeur quittera ses fonctions.", null, "le directeur quittera", null),
        Q("trap-determiner-noun", "La demande de logements sociaux a fortement augmenté cette année.", null, "de logements sociaux", null),
        Q("trap-first-person", "Nous avons affirmé que la route était dangereuse.", null, "la route était dangereuse", null),
        Q("trap-web-address", "Les résultats sont publiés sur « elections.gouv.fr » dès vingt heures.", null, "elections.gouv.fr", null),
        Q("trap-participle-with-agent", "La ministre, Claire Vasseur, était opposée à cette mesure, soutenue par le rapporteur du texte et une partie de la droite.", null, "La ministre, Claire Vasseur, était opposée", null),
        Q("incise-manner-adverb", "Les travaux dureront au moins deux ans, estime par ailleurs le maire de la commune.", Indirect, "Les travaux dureront au moins deux ans", "le maire de la commune"),
        Q("incise-manner-for-its-part", "« Le projet reste fragile », juge pour sa part Lucien Marot, adjoint aux finances.", Direct, "Le projet reste fragile", "Lucien Marot"),
        Q("incise-manner-on-its-side", "« Nous suivrons le dossier », a promis de son côté la préfète, Anne Colin.", Direct, "Nous suivrons le dossier", "Anne Colin"),
        Q("incise-repeatedly", "« La salle est trop petite », a répété à plusieurs reprises le directeur du théâtre.", Direct, "La salle est trop petite", "le directeur du théâtre"),
        Q("stressed-elle-repeats-subject", "La mairie, elle, affirme que le chantier sera livré en mars.", Indirect, "le chantier sera livré en mars", "La mairie"),
        Q("subject-with-indefinite-determiner", "Plusieurs riverains ont affirmé que le bruit avait repris la nuit.", Indirect, "le bruit avait repris la nuit", "Plusieurs riverains"),
        Q("incise-recipient-compound-preposition", "« Le calendrier sera tenu », a assuré auprès de l'AFP un responsable du chantier.", Direct, "Le calendrier sera tenu", "un responsable du chantier"),
        Q("incise-recipient-two-words", "« Aucune décision n'est prise », a indiqué au journal Ouest-France le président du club, Marc Le Goff.", Direct, "Aucune décision n'est prise", "Marc Le Goff"),
        Q("incise-anonymity-ends-speaker", "« Personne n'y croit », a glissé un conseiller ministériel sous couvert d'anonymat.", Direct, "Personne n'y croit", "un conseiller ministériel"),
        Q("incise-manner-phone", "« Nous rouvrirons en septembre », a indiqué par téléphone la directrice, Hélène Marchal.", Direct, "Nous rouvrirons en septembre", "Hélène Marchal"),
        Q("number-dot-ends-sentence", "Le service fonctionne désormais 24 heures sur 24. Certains usagers affirment que les délais ont pourtant doublé.", Indirect, "les délais ont pourtant doublé", "Certains usagers"),
        Q("negation-is-no-speaker", "Le chantier a pris un an de retard. Certains affirmaient même ne jamais avoir vu que la grue était à l'arrêt.", Indirect, "la grue était à l'arrêt", "Certains"),
        Q("trap-pronoun-gender-from-first-name", "François Lebrun a présenté la commission mardi. Sa présidente pourra saisir le juge si elle estime que la loi n'est pas respectée.", null, "la loi n'est pas respectée", null),
        // An incise inside one pair of marks cuts the quote in two.
        Q("inner-incise-name-stop", "« Nous voulons négocier, a assuré la présidente du syndicat, Odile Garnier. Mais pas sous la menace. »", Direct, "Nous voulons négocier", "Odile Garnier"),
        Q("inner-incise-second-part", "« Nous voulons négocier, a assuré la présidente du syndicat, Odile Garnier. Mais pas sous la menace. »", Direct, "Mais pas sous la menace.", "Odile Garnier"),
        Q("inner-incise-comma-continues", "« La récolte, explique l'agronome Rémi Vasseur, sera la plus faible depuis dix ans. »", Direct, "sera la plus faible depuis dix ans.", "Rémi Vasseur"),
        Q("inner-incise-clitic", "Le préfet Alain Morvan a visité la digue. « Les travaux commenceront en mai, a-t-il annoncé. La route restera ouverte. »", Direct, "Les travaux commenceront en mai", "Alain Morvan"),
        Q("trap-inner-comma-no-incise", "« Nous avons gagné, mais le plus dur reste à faire », a prévenu Jules Caradec.", Direct, "Nous avons gagné, mais le plus dur reste à faire", "Jules Caradec"),

        // Reflexive verbs in an incise; a question or an exclamation closes its quote without a comma.
        Q("incise-reflexive-exclamation", "« Quelle honte ! » s'est indigné le conseiller municipal Paul Mercier.", Direct, "Quelle honte !", "Paul Mercier"),
        Q("incise-reflexive-question", "« Qui paiera la facture ? » s'interroge une commerçante du marché, Lina Perrot.", Direct, "Qui paiera la facture ?", "Lina Perrot"),
        Q("incise-reflexive-comma", "« Nous tiendrons parole », s'est engagée la présidente de la région Claire Bastide.", Direct, "Nous tiendrons parole", "Claire Bastide"),

        // A source cue that must open its clause; a quote after an article is a noun phrase.
        Q("opener-clause-start", "De l'avis de l'urbaniste Marc Leroy, le quartier devra être entièrement repensé.", Indirect, "le quartier devra être entièrement repensé", "Marc Leroy"),
        Q("trap-opener-mid-clause", "Le directeur pourra se passer de l'avis de la commission en cas d'urgence absolue.", null, "en cas d'urgence", null),
        Q("quote-after-article-is-partial", "Jeanne Morel, la « Dame de fer du rugby amateur », quitte le club après vingt ans.", Partial, "Dame de fer du rugby amateur", "Jeanne Morel"),
        Q("middle-initial-name", "Marie T. Lambert, la fondatrice de l'association, avait résumé son combat en 1995 : « Personne ne nous fera taire. »", Direct, "Personne ne nous fera taire.", "Marie T. Lambert"),

        // Probe set 2: descriptions, impersonal "on", interviews, plural clitics, "comme" incises.
        Q("description-anaphor-periphrasis", "La chancelière Greta Holm a reçu les syndicats à Berlin. « Personne ne sera licencié », a promis la cheffe du gouvernement.", Direct, "Personne ne sera licencié", "Greta Holm"),
        Q("description-anaphor-role-words", "Le procureur de Brest, Yann Kerlo, a ouvert une enquête. « Les images sont accablantes », a estimé le procureur.", Direct, "Les images sont accablantes", "Yann Kerlo"),
        Q("trap-description-anaphor-other-role", "Le maire Paul Serres a visité le chantier. « Les délais seront tenus », a assuré le porte-parole de l'entreprise.", Direct, "Les délais seront tenus", "le porte-parole de l'entreprise"),
        Q("trap-description-anaphor-same-head-other-words", "Le président brésilien Lucas Prado a reçu son homologue. « Nous signerons l'accord », a déclaré le président argentin.", Direct, "Nous signerons l'accord", "le président argentin"),
        Q("description-beside-name", "Le chancelier autrichien Karl Huber a reçu le Premier ministre grec Nikos Andreou. « Nous partageons les mêmes priorités », a affirmé le chancelier autrichien.", Direct, "Nous partageons les mêmes priorités", "Karl Huber"),
        Q("trap-description-beside-two-names", "Le président Marc Lenoir a reçu le président Hugo Dard à l'Élysée. « Nous sommes d'accord sur l'essentiel », a déclaré le président.", Direct, "Nous sommes d'accord", "le président"),
        Q("clitic-missing-first-hyphen", "Le skipper Yann Le Goff a franchi la ligne à Brest. « Je suis vidé mais heureux », a t-il confié.", Direct, "Je suis vidé mais heureux", "Yann Le Goff"),
        Q("feminine-determiner-masculine-role", "La maire de Rennes, Odile Kerhervé, a inauguré la ligne. « Le tram changera la vie du quartier », a-t-elle promis.", Direct, "Le tram changera la vie", "Odile Kerhervé"),
        Q("labelled-interview-answer", "Sociologue au CNRS, Hélène Bastide a étudié les villes moyennes.\n\nLE FIGARO. - Les centres-villes se vident-ils encore ?\n\nHÉLÈNE BASTIDE. - Moins vite qu'avant, car les loyers ont baissé et les commerces reviennent.", Interview, "Moins vite qu'avant", "Hélène Bastide"),
        Q("labelled-interview-question", "Sociologue au CNRS, Hélène Bastide a étudié les villes moyennes.\n\nLE FIGARO. - Les centres-villes se vident-ils encore ?\n\nHÉLÈNE BASTIDE. - Moins vite qu'avant, car les loyers ont baissé et les commerces reviennent.", Question, "Les centres-villes se vident-ils encore", null),
        Q("trap-labelled-list-items", "Voici nos conseils pour bien dormir.\n\nPourquoi dort-on mal : le stress et les écrans ?\n\nHoraires réguliers : couchez-vous à la même heure chaque soir.\n\nChambre fraîche : gardez la pièce à 18 degrés.\n\nÉcrans éteints : coupez le téléphone une heure avant.", null, "couchez-vous à la même heure", null),
        Q("colon-intro-after-fronted-phrase", "« Le village se meurt », soupire Gérard, le boulanger. Derrière son comptoir, sa fille Lucie renchérit : « Il n'y a plus de jeunes ici. »", Direct, "Il n'y a plus de jeunes ici.", "Lucie"),
        Q("on-place", "« Aucun remaniement n'est prévu », affirme-t-on à Matignon, où l'on dément toute tension.", Direct, "Aucun remaniement n'est prévu", "Matignon"),
        Q("on-place-unknown-verb", "« Rien n'est tranché », glisse-t-on au ministère de l'Économie.", Direct, "Rien n'est tranché", "ministère de l'Économie"),
        Q("on-place-source", "« Le cessez-le-feu tient pour l'instant », indique-t-on de source militaire.", Direct, "Le cessez-le-feu tient", "source militaire"),
        Q("on-place-entourage", "« Il se représentera », assure-t-on dans l'entourage du maire.", Direct, "Il se représentera", "l'entourage du maire"),
        Q("interview-chapeau-apposition", "Historienne spécialiste de la Commune, Odile Vasseur publie une nouvelle biographie.\n\n– Pourquoi revenir sur cette période ?\n\n– Parce qu'elle reste mal connue du grand public.", Interview, "Parce qu'elle reste mal connue", "Odile Vasseur"),
        Q("interview-question-verb-is-no-speaker", "Le navigateur Loïc Perrot rentre d'un tour du monde en solitaire.\n\n– Pourquoi raconter ce voyage ?\n\n– Pour montrer que la mer se respecte.", Interview, "Pour montrer que la mer", "Loïc Perrot"),
        Q("name-antecedent-fronted-phrase", "Dans son dernier essai, l'historien Hugo Ferrand revient sur la crise de 1929. « Les mêmes erreurs se répètent », écrit-il.", Direct, "Les mêmes erreurs se répètent", "Hugo Ferrand"),
        Q("name-antecedent-honorific", "M. Garnier, qui préside le club depuis 2012, reste optimiste. « Nous remonterons dès l'an prochain », dit-il.", Direct, "Nous remonterons", "Garnier"),
        Q("clitic-incise-looks-back-only", "Agnès Morel a présenté son budget aux élus. « Ce sont des choix difficiles », a-t-elle lancé. Louis Bertin, lui, a quitté la salle.", Direct, "Ce sont des choix difficiles", "Agnès Morel"),
        Q("plural-antecedent", "Les contrôleurs aériens ont annoncé une grève pour vendredi. « Nos conditions de travail se dégradent », ont-ils expliqué.", Direct, "Nos conditions de travail", "Les contrôleurs aériens"),
        Q("trap-thing-subject-pronoun", "Parmi les invités figurait Léa Martin. La commission pourra saisir le juge si elle estime que la loi n'est pas respectée.", null, "la loi n'est pas respectée", null),
        Q("trap-infinitive-after-de", "Ancienne championne olympique de judo, Claire Vidal a accepté de répondre aux questions des lycéens.", null, "Ancienne championne olympique", null),
        Q("description-then-name-is-subject", "Le directeur de l'usine, Paul Morin, a annoncé mardi la fermeture de la ligne de nuit.", null, "Le directeur de l'usine, Paul Morin", null),
        Q("description-anaphor-prefet", "La préfète du Var, Anne Coste, a levé l'alerte. « Le danger est écarté », a indiqué la préfète.", Direct, "Le danger est écarté", "Anne Coste"),
        Q("comme-incise-fronted", "Comme l'a rappelé l'Autorité de la concurrence, les prix des carburants restent trop élevés.", Indirect, "les prix des carburants restent trop élevés", "l'Autorité de la concurrence"),
        Q("comme-incise-trailing", "Les émissions baissent trop lentement, comme l'a souligné l'Agence européenne de l'environnement.", Indirect, "Les émissions baissent trop lentement", "l'Agence européenne de l'environnement"),
        Q("document-verb-prevoit", "Le texte prévoit que les communes « devront financer seules » les nouvelles écoles.", Partial, "devront financer seules", "Le texte"),
        Q("document-verb-montre", "Une étude de l'Insee montre que les loyers ont « fortement augmenté » en dix ans.", Partial, "fortement augmenté", "Une étude de l'Insee"),
        Q("role-subject-unknown-verb", "La ministre de la Culture visite un chantier de fouilles. « Ce site doit être protégé », affirme-t-elle.", Direct, "Ce site doit être protégé", "La ministre de la Culture"),
        Q("role-subject-reflexive-verb", "Le porte-parole s'exprime devant la presse. « Aucune décision n'est prise », assure-t-il.", Direct, "Aucune décision n'est prise", "Le porte-parole"),
        Q("role-subject-plural-partial", "Les habitants parlent d'un « cauchemar sans fin » depuis l'ouverture du chantier.", Partial, "cauchemar sans fin", "Les habitants"),
        Q("colon-subject-unknown-verb", "Le capitaine du club aurait lancé à ses coéquipiers : « Personne ne lâche rien ce soir. »", Direct, "Personne ne lâche rien ce soir.", "Le capitaine du club"),
        Q("relayed-colon-selon-description", "Selon Le Figaro, le ministre aurait lancé à ses conseillers : « Je ne céderai sur rien. »", Direct, "Je ne céderai sur rien.", "le ministre"),
        Q("relayed-colon-dapres-description", "D'après Le Point, la présidente du parti aurait confié à un proche : « Je ne me présenterai pas. »", Direct, "Je ne me présenterai pas.", "la présidente du parti"),
        Q("relayed-colon-selon-name", "Selon L'Express, Paul Girard aurait lancé en réunion : « Ce projet est mort. »", Direct, "Ce projet est mort.", "Paul Girard"),
        Q("relayed-colon-incise-medium", "La directrice aurait confié à ses équipes : « Nous fermerons en juin », rapporte Le Monde.", Direct, "Nous fermerons en juin", "La directrice"),
        Q("relayed-selon-indirect-stays-medium", "Selon Le Figaro, le ministre aurait présenté sa démission.", Indirect, "le ministre aurait présenté sa démission", "Le Figaro"),
        Q("trap-accented-preposition-is-no-verb", "Blessée à la cheville, la demi de mêlée Laure Sansus manquera le match. « C'est dur à encaisser », a-t-elle réagi.", Direct, "C'est dur à encaisser", "Laure Sansus"),
        Q("trap-accented-preposition-in-role", "Le maire, Paul Riou, et son adjointe aux sports, Inès Caradec, ont inauguré le gymnase. « Il manquait depuis vingt ans », a-t-elle rappelé.", Direct, "Il manquait depuis vingt ans", "Inès Caradec"),
        Q("name-joiner-after-selon", "Plus de trente journalistes sont détenus dans le pays, selon Reporters sans frontières.", Indirect, "Plus de trente journalistes sont détenus", "Reporters sans frontières"),
        Q("name-joiner-not-a-role-word", "« Le droit d'asile recule partout », estime Juristes sans frontières.", Direct, "Le droit d'asile recule partout", "Juristes sans frontières"),
        Q("trap-announce-object-is-no-speech", "La rectrice annonce l'ouverture de deux classes bilingues à la rentrée prochaine.", null, "l'ouverture de deux classes bilingues", null),
        Q("announce-clause-is-speech", "Le maire a annoncé jeudi que la médiathèque fermerait tout le mois d'août.", Indirect, "la médiathèque fermerait tout le mois d'août", "Le maire"),
        Q("colon-subject-after-fronted-phrase", "Dans les vestiaires, le gardien Yohann Pelé ne cachait pas sa colère : « Nous avons offert ce but. »", Direct, "Nous avons offert ce but.", "Yohann Pelé"),
        Q("letter-label-answer", LetterInterview, Interview, "Depuis vingt ans", "Agathe Morel"),
        Q("letter-label-question-without-mark", LetterInterview, Question, "Parlez-nous de votre four", null),
        Q("answer-label-names-no-one", "Le glaciologue Paul Ferrand revient d'une mission au Groenland.\n\nQuestion : La fonte s'accélère-t-elle ?\n\nRéponse : Oui, nettement depuis dix ans.", Interview, "Oui, nettement depuis dix ans", "Paul Ferrand"),
        Q("initials-label-names-the-full-name", "Nous avons rencontré la cavalière Léa Martin avant les championnats.\n\nNR : Comment va votre jument ?\n\nL. M. : Très bien, elle a retrouvé la forme.", Interview, "Très bien, elle a retrouvé", "Léa Martin"),
        Q("trap-initial-opening-a-paragraph", "Le club de voile a tenu son assemblée générale samedi.\n\nR. Lemoine, le trésorier, a présenté les comptes de l'année.", null, "Lemoine, le trésorier", null),
        Q("organisation-joiner-after-selon", "Les expulsions ont augmenté de 20 % en un an, selon le Collectif contre la précarité des locataires.", Indirect, "Les expulsions ont augmenté", "le Collectif contre la précarité des locataires"),
        Q("organisation-joiner-without-determiner", "« Les familles attendent des mois », dénonce Action pour les droits des enfants.", Direct, "Les familles attendent des mois", "Action pour les droits des enfants"),
        Q("organisation-joiner-subject", "L'Observatoire pour la qualité des eaux a indiqué que les rivières restaient polluées.", Indirect, "les rivières restaient polluées", "L'Observatoire pour la qualité des eaux"),
        Q("organisation-joiner-sur", "La hausse des loyers pèse d'abord sur les étudiants, selon l'Observatoire sur le logement des jeunes.", Indirect, "La hausse des loyers pèse", "l'Observatoire sur le logement des jeunes"),
        Q("trap-organisation-joiner-possessive", "« Nous ferons appel », a réagi l'Union sur son compte Facebook.", Direct, "Nous ferons appel", "l'Union"),
        Q("trap-organisation-joiner-place", "« Ce texte est mal écrit », a jugé la Confédération sur le plateau de LCI.", Direct, "Ce texte est mal écrit", "la Confédération"),
        Q("organisation-coordinator-incise", "« Les rivières se vident », a alerté la Fédération pour la pêche et de la protection des rivières.", Direct, "Les rivières se vident", "la Fédération pour la pêche et de la protection des rivières"),
        Q("organisation-coordinator-elided", "« Les haies disparaissent », déplore l'Alliance pour la forêt et l'agriculture paysanne.", Direct, "Les haies disparaissent", "l'Alliance pour la forêt et l'agriculture paysanne"),
        Q("organisation-coordinator-subject", "L'Union des artisans et des commerçants du Gers estime que la taxe va tuer les petits commerces.", Indirect, "la taxe va tuer", "L'Union des artisans et des commerçants du Gers"),
        Q("trap-organisation-coordinator-second-speaker", "La Fédération des éleveurs et l'avocat des plaignants, Me Paul Roux, ont affirmé que l'enquête était bâclée.", Indirect, "l'enquête était bâclée", "Paul Roux"),
        Q("trap-organisation-coordinator-plural-group", "Le Syndicat des marins et les pêcheurs du port ont affirmé que les quotas étaient injustes.", Indirect, "les quotas étaient injustes", "les pêcheurs du port"),
        Q("stance-body-before-quote", "La cantine sera privatisée. Pour l'intersyndicale, « c'est la fin du service public à l'école ».", Partial, "c'est la fin du service public", "l'intersyndicale"),
        Q("stance-initialism-before-quote", "Pour la FNSEA, « les normes étouffent les exploitations ».", Partial, "les normes étouffent", "la FNSEA"),
        Q("trap-stance-body-without-quote", "Pour la préfecture, le barrage filtrant restera en place tout le week-end.", null, "le barrage filtrant", null),
        Q("trap-stance-time-phrase-before-quote", "Pour la deuxième année, « la fête du village » n'aura pas lieu.", Partial, "la fête du village", null), // a time phrase holds no stance
        Q("relative-aside-ends-with-name", "Le recteur, qui était en déplacement à Quimper, a assuré que les postes seraient maintenus.", Indirect, "les postes seraient maintenus", "Le recteur"),
        Q("relative-aside-ends-with-person", "La juge, qui a longtemps travaillé avec Paul Roux, a estimé que le dossier était vide.", Indirect, "le dossier était vide", "La juge"),
        Q("trap-relative-aside-named-subject-stays", "Le maire, Alain Roux, qui avait reçu Claire Dubois, a affirmé que le chantier reprendrait.", Indirect, "le chantier reprendrait", "Alain Roux"),
        Q("anaphor-ce-dernier", "Le procureur a cité le comptable de la mairie, Jean Vidal. Ce dernier a admis qu'il avait détruit des documents.", Indirect, "il avait détruit des documents", "Jean Vidal"),
        Q("anaphor-cette-derniere", "Le tribunal a entendu la gérante du bar, Sonia Marchal. Cette dernière a affirmé que la porte était fermée.", Indirect, "la porte était fermée", "Sonia Marchal"),
        Q("anaphor-interesse-not-subject", "La direction a confirmé le licenciement du chef cuisinier, Paul Garnier. « Je vais me battre », a prévenu l'intéressé.", Direct, "Je vais me battre", "Paul Garnier"),
        Q("anaphor-interessee", "Le comité a écarté la nageuse Julie Perrin de l'équipe. « C'est injuste », a réagi l'intéressée.", Direct, "C'est injuste", "Julie Perrin"),
        Q("trap-anaphor-wrong-gender", "Marie Roux a rencontré le maire, Paul Dupont. Cette dernière a affirmé que le dossier était clos.", null, "le dossier était clos", null), // the last name is a man's: no speaker rather than the wrong one
        Q("trap-document-title", "Dans son rapport « Les Hôpitaux sous tension », l'inspection décrit des services à bout de souffle.", null, "Les Hôpitaux sous tension", null),
        Q("trap-document-title-petition", "La pétition « Sauvons la maternité » a recueilli dix mille signatures.", null, "Sauvons la maternité", null),
        Q("document-noun-one-word-quote-stays", "Le ministre a jugé le rapport « caricatural » lors de sa conférence de presse.", Partial, "caricatural", "Le ministre"),
        Q("quoted-verb-body", "Après l'incendie du local, l'association « dénonce avec force » une attaque raciste et porte plainte.", Partial, "dénonce avec force", "l'association"),
        Q("quoted-verb-unknown-verb-object-after", "Le syndicat « exige sans délai » le retrait du plan social.", Partial, "exige sans délai", "Le syndicat"),
        Q("trap-quoted-verb-thing-subject", "Le logiciel « reconnaît » les visages des passants en une seconde.", null, "reconnaît", null), // a thing: the quote is a term
        Q("infinitive-clause", "Le comptable, Henri Vasseur, a reconnu avoir effacé les fichiers.", Indirect, "avoir effacé les fichiers", "Henri Vasseur"),
        Q("infinitive-clause-negated", "La gardienne de l'immeuble, Rose Tallec, affirme n'avoir vu personne entrer.", Indirect, "n'avoir vu personne entrer", "Rose Tallec"),
        Q("trap-infinitive-clause-no-inverted-speaker", "Le comptable, Henri Vasseur, a affirmé être innocent.", null, "Le comptable, Henri Vasseur", null), // no incise with "être innocent" as its speaker
        Q("trap-infinitive-clause-time-word", "Le préfet a annoncé hier soir la réouverture du col.", null, "la réouverture du col", null),
        Q("trap-infinitive-clause-negated-cue", "Le club n'a pas confirmé avoir reçu une offre.", null, "avoir reçu une offre", null),
        Q("trap-organisation-joiner-purpose-infinitive", "« Nous avons entendu les critiques », a déclaré la Fondation pour répondre aux élus.", Direct, "Nous avons entendu les critiques", "la Fondation"),
        Q("participle-noun-after-elided-article-then-name", "« Il n'a jamais menacé personne », a soutenu l'avocat de l'accusé, Me Paul Renard, à l'audience.", Direct, "Il n'a jamais menacé personne", "Paul Renard"),
        Q("participle-noun-after-du", "« La peine est bien trop lourde », a regretté le conseil du prévenu.", Direct, "La peine est bien trop lourde", "le conseil du prévenu"),
        Q("participle-noun-in-subject", "L'avocate des prévenues a affirmé que le dossier était vide.", Indirect, "le dossier était vide", "L'avocate des prévenues"),
        Q("colon-at-paragraph-end-reflexive-verb", PhareColon, Direct, "La tempête a duré trois jours", "Yves Le Bras"),
        Q("colon-at-paragraph-end-reflexive-verb-next", PhareColon, Direct, "Nous n'avions plus d'électricité", "Yves Le Bras"),
        Q("colon-at-paragraph-end-unknown-verb", "La présidente de l'association, Nadia Benhamou, a rassemblé les bénévoles :\n\n« Cette année, nous avons distribué deux fois plus de colis. »", Direct, "Cette année, nous avons distribué", "Nadia Benhamou"),
        Q("adjective-between-role-and-name-after-fronted-phrase", "Au micro de Radio Bleue, le capitaine rennais Hugo Marchal savourait : « Cette victoire nous fait du bien. »", Direct, "Cette victoire nous fait du bien.", "Hugo Marchal"),
        Q("adjective-between-role-and-name", "Le gardien brestois Marco Bizot soufflait : « On revient de loin ce soir. »", Direct, "On revient de loin ce soir.", "Marco Bizot"),
        Q("one-word-quote-before-incise", "« Lamentable », a réagi le délégué syndical Marc Tessier à la sortie de la réunion.", Direct, "Lamentable", "Marc Tessier"),
        Q("one-word-quote-before-reflexive-incise", "« Honteux », s'indigne la maire de la commune après le saccage du parc.", Direct, "Honteux", "la maire de la commune"),
        Q("incise-cue-time-adverb-inside", "Le suspect a été mis en examen pour meurtre, a-t-on appris mardi soir auprès du parquet de Lyon.", Indirect, "Le suspect a été mis en examen", "parquet de Lyon"),
        Q("incise-only-verb-inverted-after-quote", "« Les nappes sont au plus bas depuis vingt ans », alerte le Bureau de recherches géologiques.", Direct, "Les nappes sont au plus bas", "le Bureau de recherches géologiques"),
        Q("trap-incise-only-verb-noun", "La commune reste en alerte rouge jusqu'à jeudi, les digues ayant cédé par endroits.", null, "jusqu'à jeudi", null),
        Q("description-beside-name-with-complement", "Le maire, Hervé Guillou, a croisé la conseillère d'opposition Léna Quéré à la sortie. « Ce budget est insincère », a dénoncé la conseillère.", Direct, "Ce budget est insincère", "Léna Quéré"),
        Q("front-participle-before-role-subject", "Invitée de Radio Bretagne, la ministre de la Mer a affirmé que les quotas de pêche seraient maintenus.", Indirect, "les quotas de pêche seraient maintenus", "la ministre de la Mer"),
        Q("party-acronym-between-role-and-name", "« Ce texte ne passera pas en l'état », a prévenu la députée EELV Sandrine Le Gall.", Direct, "Ce texte ne passera pas", "Sandrine Le Gall"),
        Q("recipient-medium-with-plus", "« On a manqué de lucidité en fin de match », a confié au micro de Canal+ le pilier Uini Atonio.", Direct, "On a manqué de lucidité", "Uini Atonio"),
        Q("role-prefix-ex", "« Je n'ai jamais touché un centime », a lâché l'ex-ministre, aujourd'hui à la retraite.", Direct, "Je n'ai jamais touché un centime", "l'ex-ministre"),
        Q("inner-incise-clitic-unknown-participle", "Le maire de Lorient, Fabrice Loher, a présenté ses vœux.\n\n« Cette année sera celle des grands chantiers, a-t-il lancé. Le port sera entièrement rénové. »", Direct, "Le port sera entièrement rénové", "Fabrice Loher"),
        Q("inner-incise-clitic-unknown-participle-first-part", "Le maire de Lorient, Fabrice Loher, a présenté ses vœux.\n\n« Cette année sera celle des grands chantiers, a-t-il lancé. Le port sera entièrement rénové. »", Direct, "Cette année sera celle des grands chantiers", "Fabrice Loher"),
        Q("trap-demonstrative-adjective-term", "Ces fameux « circuits courts » séduisent de plus en plus de consommateurs du Finistère.", null, "circuits courts", null),
        Q("credit-line-names-no-interviewee", "La violoniste Agnès Rivière joue ce soir à Quimper. Propos recueillis par Marc Le Dantec.\n\nQ. Le trac vous quitte-t-il un jour ?\n\nR. Jamais, et c'est tant mieux.", Interview, "Jamais, et c'est tant mieux", "Agnès Rivière"),
        Q("relative-clause-between-subject-and-verb", "La présidente du département, qui brigue un second mandat, a affirmé que les collèges seraient rénovés.", Indirect, "les collèges seraient rénovés", "La présidente du département"),
        Q("relative-clause-between-name-and-verb", "Paul Kerjean, qui dirige la coopérative depuis 2015, a estimé que les prix du lait remonteraient.", Indirect, "les prix du lait remonteraient", "Paul Kerjean"),
        Q("trap-document-verb-person-subject", "Le guide montre aux visiteurs la « salle des cartes » du château.", null, "salle des cartes", null), // a room's name: no speaker, no quote
        Q("trap-newsroom-sources", "D'après nos informations, le maire démissionnera lundi.", null, "le maire démissionnera", null),
        Q("trap-likelihood-cue", "Selon toute vraisemblance, la séance du conseil sera longue.", null, "la séance du conseil", null),

        // Rule "dateline": an agency dateline in capitals is a sentence of its own, never a subject.
        Q("dateline-colon-no-cue", "NANTES (AFP) - Le syndicat des dockers a haussé le ton vendredi : « Nous bloquerons le port dès lundi. »", Direct, "Nous bloquerons le port", "Le syndicat des dockers"),
        Q("dateline-date-agency", "TOULON, 4 juin (Reuters) - La préfète maritime a déclaré : « Le navire sera remorqué cette nuit. »", Direct, "Le navire sera remorqué", "La préfète maritime"),
        Q("dateline-two-groups", "SAINT-PAUL (La Réunion) (AFP) - Le maire, Joël Técher, a prévenu : « Personne ne reconstruira en zone rouge. »", Direct, "Personne ne reconstruira", "Joël Técher"),
        Q("body-before-colon", "Le syndicat des cheminots a déposé un préavis jeudi : « La grève commencera le 3 mai. »", Direct, "La grève commencera", "Le syndicat des cheminots"),
        Q("body-before-colon-org-head", "La Ligue contre le bruit a saisi le tribunal : « Ces nuisances durent depuis dix ans. »", Direct, "Ces nuisances durent", "La Ligue contre le bruit"),
        Q("trap-body-before-colon-place", "Le quartier a changé de visage : « On ne reconnaît plus rien. »", Direct, "On ne reconnaît plus rien", null),
        Q("dash-incise-unknown-verb", "Deux voisines discutent devant la boulangerie.\n\n— Le pain a encore augmenté, râle Josette.\n\n— Tout augmente, ma pauvre, s'agace Lucienne.", Interview, "Le pain a encore augmenté", "Josette"),
        Q("dash-incise-reflexive", "Deux voisines discutent devant la boulangerie.\n\n— Le pain a encore augmenté, râle Josette.\n\n— Tout augmente, ma pauvre, s'agace Lucienne.", Interview, "Tout augmente, ma pauvre", "Lucienne"),
        Q("trap-dash-line-ends-with-place", "Le maire a détaillé le programme.\n\n— Un concert aura lieu samedi, place Bellecour.", null, "place Bellecour", null),
        Q("trap-questioning-is-no-speech", "Les policiers ont interrogé la gardienne de l'immeuble, une femme de 60 ans.", null, "une femme de 60 ans", null),
        Q("questioning-with-colon", "Le sénateur s'est interrogé : « Qui paiera la facture ? »", Direct, "Qui paiera la facture", "Le sénateur"),
        Q("place-name-after-inverted-group", "« Les voitures roulent trop vite », s'inquiète la directrice de l'école Jules-Ferry.", Direct, "Les voitures roulent trop vite", "la directrice de l'école Jules-Ferry"),
        Q("place-name-street", "« Le marché doit rester ici », réclament les commerçants de la rue Gambetta.", Direct, "Le marché doit rester ici", "les commerçants de la rue Gambetta"),
        Q("trap-place-name-then-person", "« Le quartier change trop vite », regrette le curé de l'église Saint-Pierre, Jean Faure.", Direct, "Le quartier change trop vite", "Jean Faure"),
        Q("time-before-object-weekday", "Le syndicat a dénoncé mardi une « provocation » de la direction.", Partial, "provocation", "Le syndicat"),
        Q("time-before-object-adverb", "La ministre a salué hier soir un « accord historique » entre les partenaires.", Partial, "accord historique", "La ministre"),
        Q("trap-time-before-title", "Le cinéaste a présenté lundi son film « La Dernière Marée » au festival.", null, "La Dernière Marée", null),
        Q("relayed-source-apposition", "Une source diplomatique, citée par Le Soir, assure que le sommet sera reporté.", Indirect, "le sommet sera reporté", "Une source diplomatique"),
        Q("relayed-source-after-name", "Le ministre de la Défense, cité par l'agence Belga, a affirmé que les troupes resteraient en place.", Indirect, "les troupes resteraient en place", "Le ministre de la Défense"),
        // (The source keeps its relay: "un rapport cité par le quotidien"; the medium alone never speaks.)
        Q("trap-relayed-source-medium", "Le convoi a été bloqué à la frontière, selon un rapport cité par le quotidien.", Indirect, "Le convoi a été bloqué", "un rapport cité par le quotidien"),
        Q("on-place-fronted", "Dans l'entourage du ministre, on affirme que l'ambassade restera ouverte.", Indirect, "l'ambassade restera ouverte", "l'entourage du ministre"),
        Q("on-place-after-verb", "On indique à la préfecture que la route sera rouverte demain.", Indirect, "la route sera rouverte demain", "la préfecture"),
        Q("trap-on-place-time", "Le lendemain, on assure que tout est rentré dans l'ordre.", null, "tout est rentré dans l'ordre", null),
        Q("forecast-with-clause", "La Banque de France prévoit que la croissance ralentira au second semestre.", Indirect, "la croissance ralentira", "La Banque de France"),
        Q("trap-forecast-object", "Le projet prévoit la construction de trois cents logements près de la gare.", null, "la construction de trois cents logements", null),
        Q("role-domain-subject", "Le secrétaire d'État au Numérique a assuré que le texte serait voté avant l'été.", Indirect, "le texte serait voté", "Le secrétaire d'État au Numérique"),
        Q("role-domain-inverted", "« Les lignes rouvriront lundi », a annoncé la ministre déléguée aux Transports.", Direct, "Les lignes rouvriront lundi", "la ministre déléguée aux Transports"),
        Q("role-domain-adjective", "La commissaire européenne à la Concurrence a estimé que la fusion posait problème.", Indirect, "la fusion posait problème", "La commissaire européenne à la Concurrence"),
        Q("trap-role-domain-place", "Le ministre à Bruxelles a affirmé que les aides seraient versées.", Indirect, "les aides seraient versées", "Le ministre"),
        Q("trap-fronted-description-name-object", "Devant les élus, la directrice de l'agence, Claire Moulin, a présenté les comptes.", null, "Devant les élus", null),
        Q("fronted-description-name-clause", "Après l'audience, l'avocat de la famille, Me Paul Roche, a annoncé que la famille ferait appel.", Indirect, "la famille ferait appel", "Paul Roche"),
        Q("trap-dateline-capital-subject", "L'ONU a lancé un appel : « Les corridors doivent rester ouverts. »", Direct, "Les corridors doivent rester ouverts", "L'ONU"),
    ];

    private const string Interview1 =
        "Interrogé par Radio Sud, le chercheur Pierre Aubry a déclaré que la sécheresse allait durer.\n\n" +
        "– Les nappes phréatiques sont au plus bas depuis vingt ans.\n\n" +
        "Le gouvernement prépare un plan d'urgence pour l'été.\n\n" +
        "– Faut-il craindre des restrictions ?\n\n" +
        "– Oui, dès le mois de juillet dans plusieurs départements.\n\n" +
        "Selon Météo-France, les pluies resteront rares jusqu'en août.\n\n" +
        "– Les agriculteurs devront s'adapter très vite.\n\n" +
        "– Nous resterons fermes sur ce point, a déclaré Jean Castel.";

    private const string PhareColon =
        "Le gardien du phare, Yves Le Bras, se souvient :\n\n" +
        "« La tempête a duré trois jours sans interruption.\n\n" +
        "« Nous n'avions plus d'électricité ni de radio. »";

    private const string LetterInterview =
        "La potière Agathe Morel expose ses grès à la galerie du port.\n\n" +
        "Q. Depuis quand travaillez-vous la terre ?\n\n" +
        "R. Depuis vingt ans. J'ai appris dans l'atelier de mon grand-père.\n\n" +
        "Q. Parlez-nous de votre four.\n\n" +
        "R. C'est un four à bois que j'ai construit moi-même.";

    private static QuoteCase Q(string rule, string text, QuoteKind? kind, string expected, string? speaker) =>
        new("fr", rule, text, kind, expected, speaker);
}
