global using NewsParsing;
global using Xunit;
