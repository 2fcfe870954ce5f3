<Query Kind="Statements">
  <NuGetReference>NewsParsing</NuGetReference>
  <Namespace>NewsParsing</Namespace>
</Query>

// Parse the saved HTML of a URL (File > Save Page As, curl -o, a crawler's store).
// The URL tells the parsers which site it is (site profiles match on it) and resolves links.
var url = new Uri("https://www.daily-example.com/city/harbour-bridge-reopens");
string html = @"<!doctype html><html lang=""en""><head>
<title>Harbour bridge reopens after repairs | The Daily</title>
<meta property=""og:site_name"" content=""The Daily"">
<meta property=""article:published_time"" content=""2024-06-19T08:37:01+02:00"">
</head><body>
<nav><a href=""/"">Home</a> <a href=""/city"">City</a></nav>
<article>
  <h1>Harbour bridge reopens after repairs</h1>
  <p>The harbour bridge reopened to traffic on Wednesday morning after six months of repairs to its main cables.</p>
  <p>The council also cut tolls by a third for residents, starting in July, after a long campaign by local groups.</p>
</article>
<footer>© The Daily</footer>
</body></html>";

// With a file on disk: ArticleSource.FromFile(@"C:\pages\bridge.html", url)
string saved = Path.Combine(Path.GetTempPath(), "newsparsing-demo-page.html");
File.WriteAllText(saved, html);

Article article = NewsParser.Default.Parse(ArticleSource.FromFile(saved, url));
article.Dump();
article.Body.Select(b => new { b.Kind, b.Text }).Dump("Body");
