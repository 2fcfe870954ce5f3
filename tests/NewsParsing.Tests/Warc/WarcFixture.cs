using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsParsing.Tests.Warc;

/// <summary>Writes WARC test files: one gzip member per record, as Common Crawl does, with damage on request.</summary>
internal sealed class WarcFixture
{
    private readonly MemoryStream _out = new();

    public bool Gzip { get; init; } = true;

    public static string RecordId(int n) => $"<urn:uuid:{new Guid(n, 0, 0, new byte[8]):D}>";

    /// <summary>A whole record as bytes (header, block, CRLF CRLF).</summary>
    public static byte[] Record(string type, string? uri, byte[] block, int id, string? contentType = null, bool contentLength = true)
    {
        var h = new StringBuilder();
        h.Append("WARC/1.0\r\n");
        h.Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n");
        if (uri is not null)
        {
            h.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {uri}\r\n");
        }

        h.Append("WARC-Date: 2024-06-19T10:00:00Z\r\n");
        h.Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: {RecordId(id)}\r\n");
        h.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType ?? (type is "response" ? "application/http; msgtype=response" : "application/warc-fields")}\r\n");
        if (contentLength)
        {
            h.Append(CultureInfo.InvariantCulture, $"Content-Length: {block.Length}\r\n");
        }

        h.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(h.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Http(int status, string? contentType, byte[] body, string? extraHeaders = null)
    {
        var head = $"HTTP/1.1 {status} {(status == 200 ? "OK" : "Other")}\r\n" +
            (contentType is null ? "" : $"Content-Type: {contentType}\r\n") +
            (extraHeaders ?? "") +
            $"Content-Length: {body.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. body];
    }

    public static byte[] GzipMember(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }

        return ms.ToArray();
    }

    /// <summary>Appends bytes as their own member (or raw when not gzip).</summary>
    public WarcFixture Add(byte[] record, Func<byte[], byte[]>? damage = null)
    {
        var bytes = Gzip ? GzipMember(record) : record;
        bytes = damage?.Invoke(bytes) ?? bytes;
        _out.Write(bytes);
        return this;
    }

    public byte[] ToArray() => _out.ToArray();

    public void Save(string path) => File.WriteAllBytes(path, _out.ToArray());
}
