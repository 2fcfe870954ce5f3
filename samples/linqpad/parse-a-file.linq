<Query Kind="Statements">
  <NuGetReference>NewsParsing</NuGetReference>
  <Namespace>NewsParsing</Namespace>
</Query>

// Parse a page saved as a file: a scraper's text dump (.txt) or saved HTML (.html).
// Point `path` at a page of your own; the demo page is written only when it is missing.
string path = Path.Combine(Path.GetTempPath(), "newsparsing-demo-page.txt");
if (!File.Exists(path))
{
    File.WriteAllText(path,
        "Harbour bridge reopens after six months of repairs\n\n" +
        "By Jane Roe\n\n" +
        "19 June 2024\n\n" +
        "The harbour bridge reopened to traffic on Wednesday morning after six months of repairs to its main cables.\n\n" +
        "\"We are proud of the work done here,\" said Mayor Ann Lee at the reopening ceremony.\n\n" +
        "The council also cut tolls by a third for residents, starting in July, after a long campaign by local groups.\n");
}

Article article = NewsParser.ParseFile(path);
article.ToString().Dump("Summary");
article.Dump();                 // LINQPad shows Article.ToDump(): the fields, the body as text
article.ToJson().Dump("JSON");  // the newsparse JSON contract
