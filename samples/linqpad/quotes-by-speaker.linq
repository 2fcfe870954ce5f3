<Query Kind="Statements">
  <NuGetReference>NewsParsing</NuGetReference>
  <Namespace>NewsParsing</Namespace>
</Query>

// List the quotes of some articles by speaker (quotes come from the pipeline's enrichers).
string[] pages =
{
    "Council cuts bridge tolls\n\n" +
    "The council cut tolls on the harbour bridge by a third for residents on Wednesday.\n\n" +
    "\"This is a victory for everyone who crosses the bridge every day,\" said Mayor Ann Lee.\n\n" +
    "Opposition leader Tom Hart said the cut came too late. \"Families have paid for years,\" he added.\n",

    "Ferry strike ends after talks\n\n" +
    "The ferry crews went back to work on Thursday after an agreement on pay was reached overnight.\n\n" +
    "\"We got what we asked for,\" union spokeswoman Maria Costa told reporters at the port.\n",
};

var quotes =
    from text in pages
    let article = NewsParser.Parse(text)
    from quote in article.Quotes
    group new { quote.Text, quote.Kind, Article = article.Title } by quote.Speaker ?? "(unknown speaker)" into bySpeaker
    orderby bySpeaker.Key
    select new { Speaker = bySpeaker.Key, Quotes = bySpeaker.ToList() };

quotes.Dump("Quotes by speaker");
