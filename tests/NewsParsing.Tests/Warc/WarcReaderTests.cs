using System.Text;
using NewsParsing.Warc;

namespace NewsParsing.Tests.Warc;

public sealed class WarcReaderTests
{
    private static byte[] Page(string title) =>
        Encoding.UTF8.GetBytes($"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Text.</p></body></html>");

    private static List<WarcEntry> ReadAll(byte[] bytes, bool gzip)
    {
        using var reader = new WarcReader(new MemoryStream(bytes), gzip);
        return [.. reader.Read()];
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_records_in_order_with_their_fields(bool gzip)
    {
        var fixture = new WarcFixture { Gzip = gzip }
            .Add(WarcFixture.Record("warcinfo", null, "software: test\r\n"u8.ToArray(), 0))
            .Add(WarcFixture.Record("response", "https://example.com/a", WarcFixture.Http(200, "text/html; charset=utf-8", Page("A")), 1))
            .Add(WarcFixture.Record("response", "https://example.com/b", WarcFixture.Http(200, "text/html", Page("B")), 2));
        var entries = ReadAll(fixture.ToArray(), gzip);

        Assert.All(entries, e => Assert.Null(e.Problem));
        Assert.Equal(["warcinfo", "response", "response"], entries.Select(e => e.Record!.Type));
        var a = entries[1].Record!;
        Assert.Equal("https://example.com/a", a.TargetUri);
        Assert.Equal(WarcFixture.RecordId(1), a.RecordId);
        var http = a.ReadHttpResponse()!;
        Assert.Equal(200, http.StatusCode);
        Assert.Equal("text/html", http.MediaType);
        Assert.Equal("utf-8", http.Charset);
        Assert.True(http.IsHtml);
        Assert.StartsWith("<html>", Encoding.UTF8.GetString(http.Body), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_last_record_is_reported_and_ends_the_file()
    {
        var good = WarcFixture.Record("response", "https://example.com/a", WarcFixture.Http(200, "text/html", Page("A")), 1);
        var cut = WarcFixture.Record("response", "https://example.com/b", WarcFixture.Http(200, "text/html", Page("B")), 2);
        var entries = ReadAll([.. good, .. cut[..(cut.Length - 40)]], gzip: false);

        Assert.Equal(2, entries.Count);
        Assert.NotNull(entries[0].Record);
        Assert.Contains("truncated", entries[1].Problem!.Message, StringComparison.Ordinal);
        Assert.Equal("https://example.com/b", entries[1].Problem!.TargetUri);
    }

    [Fact]
    public void A_header_without_content_length_is_skipped_up_to_the_next_record()
    {
        var fixture = new WarcFixture { Gzip = false }
            .Add(WarcFixture.Record("response", "https://example.com/bad", WarcFixture.Http(200, "text/html", Page("Bad")), 1, contentLength: false))
            .Add(WarcFixture.Record("response", "https://example.com/ok", WarcFixture.Http(200, "text/html", Page("Ok")), 2));
        var entries = ReadAll(fixture.ToArray(), gzip: false);

        Assert.Equal(2, entries.Count);
        Assert.Contains("Content-Length", entries[0].Problem!.Message, StringComparison.Ordinal);
        Assert.Equal("https://example.com/ok", entries[1].Record!.TargetUri);
    }

    [Fact]
    public void A_corrupt_gzip_member_costs_only_its_record()
    {
        var fixture = new WarcFixture()
            .Add(WarcFixture.Record("response", "https://example.com/1", WarcFixture.Http(200, "text/html", Page("One")), 1))
            .Add(WarcFixture.Record("response", "https://example.com/2", WarcFixture.Http(200, "text/html", Page("Two")), 2), Corrupt)
            .Add(WarcFixture.Record("response", "https://example.com/3", WarcFixture.Http(200, "text/html", Page("Three")), 3));
        var entries = ReadAll(fixture.ToArray(), gzip: true);

        Assert.Equal(["https://example.com/1", "problem", "https://example.com/3"], entries.Select(e => e.Record?.TargetUri ?? "problem"));
        Assert.Contains("corrupt gzip", entries[1].Problem!.Message, StringComparison.Ordinal);
    }

    /// <summary>Overwrites deflate data right after the gzip header, so decompression fails at once.</summary>
    internal static byte[] Corrupt(byte[] member)
    {
        var copy = (byte[])member.Clone();
        for (int i = 12; i < Math.Min(copy.Length - 8, 40); i++)
        {
            copy[i] = 0xFF;
        }

        return copy;
    }

    [Fact]
    public void Http_chunked_payload_and_gzip_content_encoding_are_undone()
    {
        var chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n6\r\n world\r\n0\r\n\r\n"u8;
        var http = HttpResponse.Parse(chunked)!;
        Assert.Equal("Hello world", Encoding.ASCII.GetString(http.Body));
        Assert.Equal("ISO-8859-1", http.Charset);
        Assert.Equal(1252, http.DeclaredEncoding()!.CodePage); // Latin-1 labels mean Windows-1252, as in browsers
        byte[] latin1Page = [.. "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n"u8, 0x93, (byte)'x', 0x94];
        var quote = HttpResponse.Parse(latin1Page)!;
        Assert.Equal("\u201Cx\u201D", quote.DeclaredEncoding()!.GetString(quote.Body));

        var gz = WarcFixture.Http(200, "text/html", WarcFixture.GzipMember("<p>zipped</p>"u8.ToArray()), "Content-Encoding: gzip\r\n");
        Assert.Equal("<p>zipped</p>", Encoding.ASCII.GetString(HttpResponse.Parse(gz)!.Body));
        Assert.Null(HttpResponse.Parse("not http at all"u8));
    }

    [Theory]
    [InlineData("windows-1251")]
    [InlineData("koi8-r")]
    [InlineData("shift_jis")]
    [InlineData("utf-8")]
    public void Legacy_charsets_are_known_without_registering_a_provider(string charset) =>
        Assert.NotNull(HttpResponse.EncodingFor(charset));

    [Fact]
    public void An_unknown_charset_is_null() => Assert.Null(HttpResponse.EncodingFor("x-no-such-charset"));
}
