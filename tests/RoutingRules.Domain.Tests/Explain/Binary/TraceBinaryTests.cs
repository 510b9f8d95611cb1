using System.Security.Cryptography;
using System.Text;
using RoutingRules.Domain.Explain;
using RoutingRules.Domain.Explain.Binary;

namespace RoutingRules.Domain.Tests.Explain.Binary;

/// <summary>
/// Traces stored in earlier formats still decode to exactly the trace they were. The format-1
/// fixture (every fact field as text) is a routed trace (generated dataset, a territory-level lead
/// with weight adjustments and an SLA) as format 1 stored it, and the SHA-256 of its JSON then; the
/// format-2 fixture (typed numbers and times, every text in full once) an account-level lead with
/// a previous-owner claim, a flag and exclusions as format 2 stored it; the format-3 fixture the
/// same trace as format 3 stored it (fact types, keys and enum names as static codes, rule names
/// in full).
/// </summary>
public sealed class TraceBinaryTests
{
    private const string JsonSha256 = "6e404ba32f6caafad8078a2b745d00b796d26d6e36e84df7068289cd1bf653e5";

    private const string FormatTwoJsonSha256 = "7d1d1a304c42b2f9835b82eb95eb75b73378cbfbd45f2d2eaaf804d54abdadd8";

    private const string FormatOneTrace =
        "ARABFE1hdGNoaW5nLkVtYWlsRG9tYWluARJNYXRjaGluZy5CZXN0TWF0Y2gBFk1hdGNoaW5nLkRpcmVjdEFjY291bnQBHVRl" +
        "cnJpdG9yaWVzLkRpbWVuc2lvblByaW9yaXR5ARxJbnRlbnRGaXQuTG93SW50ZW50U3Ryb25nRml0ARlJbnRlbnRGaXQuU3Rh" +
        "bmRhcmRTY29yZUFlARZJbnRlbnRGaXQuRXZlbnRMZWFkU2xhASBUZXJyaXRvcmllcy5NZW1iZXJzQXJlQ2FuZGlkYXRlcwkB" +
        "F0NhcGFjaXR5Lkxvd1F1b3RhV2VpZ2h0ARFDYXBhY2l0eS5FbGlnaWJsZQsBG0NhcGFjaXR5LlRpbWVab25lUHJlZmVyZW5j" +
        "ZQEZRGlzdHJpYnV0aW9uLkxvYWRCYWxhbmNlZAEcRGlzdHJpYnV0aW9uLkFzc2lnbkNob3NlblJlcAEQRGVjaXNpb24uQ29t" +
        "cG9zZQABAQlyZXAtMDEyMTIBEXRpbWUgem9uZSB0b28gZmFyAQIxMAEBMwE2TG9hZEJhbGFuY2VkIHBpY2tlZCByZXAtMDE3" +
        "MTQgW3JlcC0wMTcxNDogd29ya2xvYWQgNDNdAQEQY2JmYjUwOWQ5Y2FiZWQwNAEQZjJhYWExNTlhZDA5MTRjOAEIYmVuY2gt" +
        "MTcBD3Nlbml4Y29yNi5jby5qcAAAAQJVUwEGVVMtUjczAAABBmVuZXJneQG+KwEKRW50ZXJwcmlzZQEDTG93AQZTdHJvbmcB" +
        "AmVuAQdVbmtub3duAQEORXZlbnRCYWRnZVNjYW4BB1Vua25vd24AAQxFdXJvcGUvUGFyaXMAAXIAgMD0lJHSpN8ReAEBCmFj" +
        "Yy0wODE1MzQBDlNlbml4Y29yNiBMYWJzAQZEb21haW4AAAAAAADwPwEBCFByb3NwZWN0AAAYJCQlAAEBCXRlci0wMDAwMwEK" +
        "VVMgY291bnRyeQEETm9uZQEHQ291bnRyeQAAAAEBEmRpbWVuc2lvbiBwcmlvcml0eRACAgIAAgEEBAMBBAEGBgQCCAYBCggF" +
        "AQwBDgoGAQABEAwHAggAARIOCAIIAAEUEAkCDhYBGBIJAg4aARwUCgIIHAEeFgsBGAEgGAsBHAEiGgwDCAAiASQcDQQIAA4m" +
        "ASgeDgEoASogDwUqEBQsLgEwGQEETGVhZAUBAmlkFwEGZG9tYWluGAEHc2VnbWVudBwBBmludGVudB0BA2ZpdB4BEEFjY291" +
        "bnRDYW5kaWRhdGUDAQdhY2NvdW50JAEEa2luZCYBBXNjb3JlAQExAQ5NYXRjaGVkQWNjb3VudAM0JDUmNjcBC0xlYWRBY2Nv" +
        "dW50AjQkNSYBDVJvdXRpbmdQb2xpY3kAAQ1Pd25pbmdBY2NvdW50AjQkAQZzdGF0dXMnAQ5UZXJyaXRvcnlNYXRjaAUBCXRl" +
        "cnJpdG9yeSgBCHZlcnRpY2FsKgEJZ2VvZ3JhcGh5KwENZGltZW5zaW9uUmFuawEBMAEJc2NvcmVSYW5rQgEPQ2hvc2VuVGVy" +
        "cml0b3J5Aj4oAQJieSwBE1RyZWF0bWVudEFzc2Vzc21lbnQCAQl0cmVhdG1lbnQBFU51cnR1cmVXaXRoTW9uaXRvcmluZwEE" +
        "cmFuawECMTABFFNlbmlvcml0eVJlcXVpcmVtZW50AgEHcHJvZmlsZQEKU3RhbmRhcmRBZUk3AQ1TbGFBc3Nlc3NtZW50AwEI" +
        "bGVhZFR5cGUBBUV2ZW50AQlyZXNwb25kQnkBITIwMjYtMTEtMjRUMTA6MDA6MDAuMDAwMDAwMCswMTowMAEKZXNjYWxhdGVB" +
        "dAEhMjAyNi0xMS0yNlQxMDowMDowMC4wMDAwMDAwKzAxOjAwAQNSZXADAQNyZXABCXJlcC0wMTcxNAEJb3BlbkxlYWRzAQIz" +
        "MzwBCUF2YWlsYWJsZQEJQ2FuZGlkYXRlAlZXPihVA1YQWAECNDE8WlsCVhA+KAEQV2VpZ2h0QWRqdXN0bWVudAJWEAEGZmFj" +
        "dG9yAQMwLjUBEUVsaWdpYmxlQ2FuZGlkYXRlAVZXYAFWEAEJRXhjbHVzaW9uBFYQAQZyZWFzb24RAQZhY3R1YWwSAQVsaW1p" +
        "dBMBCkNvbGxlY3Rpb24BAQVjb3VudDcBEkRpc3RyaWJ1dGlvbkNob2ljZQMBCHN0cmF0ZWd5AQxMb2FkQmFsYW5jZWRWVwEG" +
        "aW5wdXRzARZyZXAtMDE3MTQ6IHdvcmtsb2FkIDQzAQpBc3NpZ25tZW50AwEFbGV2ZWwBCVRlcnJpdG9yeVZXPihlAWZCZQFm" +
        "QgENRGVjaXNpb25EcmFmdARtblZXR0gBCHByaW9yaXR5AQZOb3JtYWwAAlcBC0FsaWNlIFNpbW9uQmQEBAAAAAAAAAAAAAEQ" +
        "AQxQYXVsIEdhcmPDrWFSZAAGAAAAAAAAJEABDBESEwABDWkoV2sBAAABSAEWTG93IGludGVudCwgU3Ryb25nIGZpdAYBUAGA" +
        "gM6mpTKAwMK7toSl3xF4gMDeiIHppd8ReAEKZXZlbnQgbGVhZAgAAAJLAkxNSTddAlYQXgEDMC41DQ4=";

    private const string FormatTwoTrace =
        "AhsBFE1hdGNoaW5nLkVtYWlsRG9tYWluARJNYXRjaGluZy5CZXN0TWF0Y2gBFk1hdGNoaW5nLkRpcmVjdEFjY291bnQBIEFjY291" +
        "bnRzLkNsb3NlZExvc3RQcmV2aW91c093bmVyAR1UZXJyaXRvcmllcy5EaW1lbnNpb25Qcmlvcml0eQEcSW50ZW50Rml0Lkxvd0lu" +
        "dGVudFN0cm9uZ0ZpdAEZSW50ZW50Rml0LlN0YW5kYXJkU2NvcmVBZQEcSW50ZW50Rml0LkNvbnRlbnREb3dubG9hZFNsYQEgVGVy" +
        "cml0b3JpZXMuTWVtYmVyc0FyZUNhbmRpZGF0ZXMNDQ0NARdDYXBhY2l0eS5Mb3dRdW90YVdlaWdodA4BEUNhcGFjaXR5LkVsaWdp" +
        "YmxlDw8PDwEaQ2FwYWNpdHkuUmVxdWlyZWRTZW5pb3JpdHkQEBABF0FjY291bnRzLkZpcnN0TGV2ZWxXaW5zARhDYXBhY2l0eS5E" +
        "ZWxheWVkRm9sbG93VXABEERlY2lzaW9uLkNvbXBvc2UBAXJjbGFpbSBQcmV2aW91c093bmVyIChyYW5rIDUwKSAtPiByZXAtMDAx" +
        "MzQ6IHByZXZpb3VzIGxlYWQgbGVhZC0wMTcwOTQgb2YgTGFuZ2VtbGFudGFyNiBGaW5hbmNlIEluYyB3YXMgY2xvc2VkLWxvc3QE" +
        "AQlyZXAtMDAyOTEBGG5vdCB0aGUgcmVxdWlyZWQgcHJvZmlsZQEHU2RyIE1pZAEKU3RhbmRhcmRBZQEJcmVwLTAwMzMzFgEVUGFy" +
        "dG5lck1hbmFnZXIgSnVuaW9yGAEJcmVwLTAwNDQwFgESUGFydG5lck1hbmFnZXIgTWlkGAEJcmVwLTAwMTUwFgEQTWFuYWdlciBE" +
        "aXJlY3RvchgAAQEQY2JmYjUwOWQ5Y2FiZWQwNAEQZjJhYWExNTlhZDA5MTRjOAEIYmVuY2gtMjIBEGxhbmdlbWxhbnRhcjYuY2EA" +
        "AAECQVUBBkFVLVI5OAAAAQp0ZWNobm9sb2d5AAEJTWlkTWFya2V0AQNMb3cBBlN0cm9uZwECZW4BB1Vua25vd24BAQ9Db250ZW50" +
        "RG93bmxvYWQBB1Vua25vd24AAQxFdXJvcGUvUGFyaXMAAXwAgMD0lJHSpN8ReAEBCmFjYy0wODUwOTYBGUxhbmdlbWxhbnRhcjYg" +
        "RmluYW5jZSBJbmMBBkRvbWFpbgAAAAAAAPA/AQEIUHJvc3BlY3QBCXJlcC0wMDEzNAAiLi4vAQELbGVhZC0wMTcwOTQuMgEKQ2xv" +
        "c2VkTG9zdIC4yZ7BlqneEQABAQl0ZXItMDAwMTABCkFVIGNvdW50cnkBBE5vbmUBB0NvdW50cnkAAAABARJkaW1lbnNpb24gcHJp" +
        "b3JpdHkbAgUCAAIBBAQGAQQBBgYHAggGAQoICAMKDA4BEAoJARIBFAwKAQABFg4LAggAARgQDAIIAAEaEg0CFBwBHhQNAhQgASIW" +
        "DQIUJAEmGA0CFCgBKhoNAhQsAS4cDgIIKgEwHg4CCC4BMiAPAR4BNCIPASIBNiQPASYBOCYPASoBOigPAS4BPCoQAhg6AT4sEAIY" +
        "OAFALhACGDYBQjAQAhg0AUQyEQEQAUY0EgMIAEYBSDYTBUYWGkpMAU4oAQRMZWFkBQECaWQhAQZkb21haW4iAQdzZWdtZW50JgEG" +
        "aW50ZW50JwEDZml0KAEQQWNjb3VudENhbmRpZGF0ZQMBB2FjY291bnQuAQRraW5kMAEFc2NvcmUDAAAAAAAA8D8BDk1hdGNoZWRB" +
        "Y2NvdW50A0EuQjBDAwAAAAAAAPA/AQtMZWFkQWNjb3VudAJBLkIwAQ1Sb3V0aW5nUG9saWN5AAENT3duaW5nQWNjb3VudAJBLgEG" +
        "c3RhdHVzMQEMUHJldmlvdXNMZWFkBAEEbGVhZDNBLgEDcmVwMgEHb3V0Y29tZTQBA1JlcANLMgEJb3BlbkxlYWRzAjJIAQlBdmFp" +
        "bGFibGUBCk93bmVyQ2xhaW0EAQVsZXZlbAENUHJldmlvdXNPd25lcgEEcmFuawJkSzJBLgEOVGVycml0b3J5TWF0Y2gFAQl0ZXJy" +
        "aXRvcnk1AQh2ZXJ0aWNhbDcBCWdlb2dyYXBoeTgBDWRpbWVuc2lvblJhbmsCAAEJc2NvcmVSYW5rAgABD0Nob3NlblRlcnJpdG9y" +
        "eQJVNQECYnk5ARNUcmVhdG1lbnRBc3Nlc3NtZW50AgEJdHJlYXRtZW50ARVOdXJ0dXJlV2l0aE1vbml0b3JpbmdTAhQBFFNlbmlv" +
        "cml0eVJlcXVpcmVtZW50AgEHcHJvZmlsZQEKU3RhbmRhcmRBZVMCAgENU2xhQXNzZXNzbWVudAMBCGxlYWRUeXBlAQ9Db250ZW50" +
        "RG93bmxvYWQBCXJlc3BvbmRCeQSAwJajlrKn3xF4AQplc2NhbGF0ZUF0BIDAuLGbkqrfEXhNA0sdTgJASE8BCUNhbmRpZGF0ZQJL" +
        "HVU1TQNLG04CCkhPZwJLG1U1TQNLGU4CTkhPZwJLGVU1TQNLFU4CJkhPZwJLFVU1TQNLAQlyZXAtMDE2ODZOAixIT2cCS2hVNQEQ" +
        "V2VpZ2h0QWRqdXN0bWVudAJLFQEGZmFjdG9yAwAAAAAAAOA/aQJLaGoDAAAAAAAA4D8BEUVsaWdpYmxlQ2FuZGlkYXRlAUsdawFL" +
        "G2sBSxlrAUsVawFLaAEJRXhjbHVzaW9uBEsVAQZyZWFzb24WAQZhY3R1YWwXAQVsaW1pdBhsBEsZbRZuGm8YbARLG20WbhxvGGwE" +
        "Sx1tFm4ebxgBCkFzc2lnbm1lbnQDUVJLMkEuAQxEZWNpc2lvbkZsYWcBAQRmbGFnARBUaW1lWm9uZU1pc21hdGNoAQpDb2xsZWN0" +
        "aW9uAQEFY291bnQCAnQBdQIAAQ1EZWNpc2lvbkRyYWZ0BFFSSzJdXgEIcHJpb3JpdHkBBk5vcm1hbAFSZDIBDUFsaWNlIFJpY2hh" +
        "cmQALgFGcHJldmlvdXMgbGVhZCBsZWFkLTAxNzA5NCBvZiBMYW5nZW1sYW50YXI2IEZpbmFuY2UgSW5jIHdhcyBjbG9zZWQtbG9z" +
        "dAgBBR0BDFhhdmllciBQZXRpdEBkBgQAAAAAAAAAAAEQFh4YABsBDUJydW5vIE3DvGxsZXIKZAIEAAAAAAAAAAABEBYcGAAZAQtK" +
        "b2huIE1vcmVhdU5kAA4AAAAAAAAAAAEQFhoYABUBEEdhYnJpZWwgTGVmw6h2cmUmZAQIAAAAAAAAAAABEBYXGABoAQxSb3NlIFNj" +
        "aG1pZHQsZAoCAAAAAAAAJEAAAAABXgEWTG93IGludGVudCwgU3Ryb25nIGZpdAoBZAGAgIbBuvsBgMCWo5ayp98ReIDAuLGbkqrf" +
        "EXgBEGNvbnRlbnQgZG93bmxvYWQMAAFzASNBbGljZSBSaWNoYXJkIGlzIDEwIGggZnJvbSB0aGUgbGVhZBIBgMD0lJHSpN8ReANf" +
        "AmBhUwICaQJLFWoDAAAAAAAA4D9pAktoagMAAAAAAADgPwgR";

    private const string FormatThreeTrace =
        "AxsBFE1hdGNoaW5nLkVtYWlsRG9tYWluARJNYXRjaGluZy5CZXN0TWF0Y2gBFk1hdGNoaW5nLkRpcmVjdEFjY291bnQBIEFjY291" +
        "bnRzLkNsb3NlZExvc3RQcmV2aW91c093bmVyAR1UZXJyaXRvcmllcy5EaW1lbnNpb25Qcmlvcml0eQEcSW50ZW50Rml0Lkxvd0lu" +
        "dGVudFN0cm9uZ0ZpdAEZSW50ZW50Rml0LlN0YW5kYXJkU2NvcmVBZQEcSW50ZW50Rml0LkNvbnRlbnREb3dubG9hZFNsYQEgVGVy" +
        "cml0b3JpZXMuTWVtYmVyc0FyZUNhbmRpZGF0ZXMVFRUVARdDYXBhY2l0eS5Mb3dRdW90YVdlaWdodBcBEUNhcGFjaXR5LkVsaWdp" +
        "YmxlGRkZGQEaQ2FwYWNpdHkuUmVxdWlyZWRTZW5pb3JpdHkbGxsBF0FjY291bnRzLkZpcnN0TGV2ZWxXaW5zARhDYXBhY2l0eS5E" +
        "ZWxheWVkRm9sbG93VXABEERlY2lzaW9uLkNvbXBvc2UBAXJjbGFpbSBQcmV2aW91c093bmVyIChyYW5rIDUwKSAtPiByZXAtMDAx" +
        "MzQ6IHByZXZpb3VzIGxlYWQgbGVhZC0wMTcwOTQgb2YgTGFuZ2VtbGFudGFyNiBGaW5hbmNlIEluYyB3YXMgY2xvc2VkLWxvc3QE" +
        "AQlyZXAtMDAyOTEBGG5vdCB0aGUgcmVxdWlyZWQgcHJvZmlsZQEHU2RyIE1pZCQBCXJlcC0wMDMzMycBFVBhcnRuZXJNYW5hZ2Vy" +
        "IEp1bmlvciQBCXJlcC0wMDQ0MCcBElBhcnRuZXJNYW5hZ2VyIE1pZCQBCXJlcC0wMDE1MCcBEE1hbmFnZXIgRGlyZWN0b3IkAAEB" +
        "EGNiZmI1MDlkOWNhYmVkMDQBEGYyYWFhMTU5YWQwOTE0YzgBCGJlbmNoLTIyARBsYW5nZW1sYW50YXI2LmNhAAABAkFVAQZBVS1S" +
        "OTgAAAEKdGVjaG5vbG9neQCKA8oCRAECZW4mAXYmAAEMRXVyb3BlL1BhcmlzAAF8AIDA9JSR0qTfEXgBAQphY2MtMDg1MDk2ARlM" +
        "YW5nZW1sYW50YXI2IEZpbmFuY2UgSW5jKAAAAAAAAPA/AeYCAQlyZXAtMDAxMzQAPUlJSwEBC2xlYWQtMDE3MDk0SU36AoC4yZ7B" +
        "lqneEQABAQl0ZXItMDAwMTABCkFVIGNvdW50cnkeQgAAAAEBEmRpbWVuc2lvbiBwcmlvcml0eRsCBQIAAgEEBAcBBAEGBgkCCAYB" +
        "CggLAwoMDgEQCg0BEgEUDA8BAAEWDhECCAABGBATAggAARoSFQIUHAEeFBUCFCABIhYVAhQkASYYFQIUKAEqGhUCFCwBLhwXAggq" +
        "ATAeFwIILgEyIBkBHgE0IhkBIgE2JBkBJgE4JhkBKgE6KBkBLgE8KhsCGDoBPiwbAhg4AUAuGwIYNgFCMBsCGDQBRDIdARABRjQf" +
        "AwgARgFINiEFRhYaSkwBTihOBVA7ID1SigNUygJWRIoBAxxJNihYAQExjAEDHEk2KFhXjgECHEk2KFoAkAECHEkK5gKmAQSiAU8c" +
        "SQZNqAH6AgwDBk0OAQIyNQoQlAEEIqgCEgECNTAGTRxJXAUIUV4eYEJiAQEwZF1mAghRaFVqAirAAhIBAjEwLAIuJBJXRgNIdkoB" +
        "ITIwMjYtMTEtMzBUMTA6MDA6MDAuMDAwMDAwMCswMTowMEwBITIwMjYtMTItMDdUMTA6MDA6MDAuMDAwMDAwMCswMTowMAwDBjMO" +
        "AQIzMgoQFAIGMwhRDAMGLw4BATUKEBQCBi8IUQwDBisOAQIzOQoQFAIGKwhRDAMGJQ4BAjE5ChAUAgYlCFEMAwYBCXJlcC0wMTY4" +
        "Ng4BAjIyChAUAgZtCFEwAgYlMgEDMC41MAIGbTIBAzAuNRYBBjMWAQYvFgEGKxYBBiUWAQZtPAQGJTQnPilAJDwEBis0Jz4tQCQ8" +
        "BAYvNCc+MUAkPAQGMzQnPjVAJGwDIqgCBk0cSZwBAZ4BkgIYARpXGAEaXW4EIqgCBk0qwAJw+gEBqAJkTQENQWxpY2UgUmljaGFy" +
        "ZABJAUZwcmV2aW91cyBsZWFkIGxlYWQtMDE3MDk0IG9mIExhbmdlbWxhbnRhcjYgRmluYW5jZSBJbmMgd2FzIGNsb3NlZC1sb3N0" +
        "CwEFMwEMWGF2aWVyIFBldGl0QGQGBAAAAAAAAAAAARsnNSQALwENQnJ1bm8gTcO8bGxlcgpkAgQAAAAAAAAAAAEbJzEkACsBC0pv" +
        "aG4gTW9yZWF1TmQADgAAAAAAAAAAARsnLSQAJQEQR2FicmllbCBMZWbDqHZyZSZkBAgAAAAAAAAAAAEbJykkAG0BDFJvc2UgU2No" +
        "bWlkdCxkCgIAAAAAAAAkQAAAAAHAAgEWTG93IGludGVudCwgU3Ryb25nIGZpdA8BdgGAgIbBuvsBgMCWo5ayp98ReIDAuLGbkqrf" +
        "EXgBEGNvbnRlbnQgZG93bmxvYWQTAAGSAgEjQWxpY2UgUmljaGFyZCBpcyAxMCBoIGZyb20gdGhlIGxlYWQfAYDA9JSR0qTfEXgD" +
        "LAIuJBJXMAIGJTIBAzAuNTACBm0yAQMwLjULHQ==";

    [Fact]
    public void Decode_FormatOneTrace_GivesItsJsonOfThen()
    {
        var trace = TraceBinary.Decode(Convert.FromBase64String(FormatOneTrace));

        var json = TraceJson.Serialize(trace);

        Assert.Equal(JsonSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Decode_FormatOneTrace_ReadsNumbersAndTimesAsTheirText()
    {
        var facts = TraceBinary.Decode(Convert.FromBase64String(FormatOneTrace)).Details!.Facts;

        Assert.Equal("0.5", facts.First(f => f.Type == "WeightAdjustment")["factor"]);
        Assert.Equal("2026-11-24T10:00:00.0000000+01:00", facts.First(f => f.Type == "SlaAssessment")["respondBy"]);
        Assert.Equal("33", facts.First(f => f.Type == "Rep")["openLeads"]);
    }

    [Fact]
    public void Encode_DecodedFormatOneTrace_DecodesToTheSameJson()
    {
        var trace = TraceBinary.Decode(Convert.FromBase64String(FormatOneTrace));

        var encoded = TraceBinary.Encode(trace);

        Assert.Equal(TraceBinary.FormatVersion, encoded[0]);
        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(TraceBinary.Decode(encoded)));
    }

    [Fact]
    public void Decode_FormatOneTraceTruncated_ThrowsFormatException()
    {
        var encoded = Convert.FromBase64String(FormatOneTrace);

        for (var length = 0; length < encoded.Length; length += 11)
        {
            Assert.Throws<FormatException>(() => TraceBinary.Decode(encoded.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Decode_FormatTwoTrace_GivesItsJsonOfThen()
    {
        var trace = TraceBinary.Decode(Convert.FromBase64String(FormatTwoTrace));

        var json = TraceJson.Serialize(trace);

        Assert.Equal(FormatTwoJsonSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Decode_FormatTwoTrace_ReadsTypedNumbersAndTimesAsTheirText()
    {
        var facts = TraceBinary.Decode(Convert.FromBase64String(FormatTwoTrace)).Details!.Facts;

        Assert.Equal("0.5", facts.First(f => f.Type == "WeightAdjustment")["factor"]);
        Assert.Matches(@"^2026-11-\d\dT\d\d:\d\d:\d\d\.0000000\+01:00$", facts.First(f => f.Type == "SlaAssessment")["respondBy"]);
        Assert.Equal("50", facts.First(f => f.Type == "OwnerClaim")["rank"]);
    }

    [Fact]
    public void Encode_DecodedFormatTwoTrace_DecodesToTheSameJson()
    {
        var trace = TraceBinary.Decode(Convert.FromBase64String(FormatTwoTrace));

        var encoded = TraceBinary.Encode(trace);

        Assert.Equal(TraceBinary.FormatVersion, encoded[0]);
        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(TraceBinary.Decode(encoded)));
    }

    [Fact]
    public void Decode_FormatTwoTraceTruncated_ThrowsFormatException()
    {
        var encoded = Convert.FromBase64String(FormatTwoTrace);

        for (var length = 0; length < encoded.Length; length += 11)
        {
            Assert.Throws<FormatException>(() => TraceBinary.Decode(encoded.AsSpan(0, length)));
        }
    }

    [Fact]
    public void Encode_FormatTwoTrace_IsAFifthSmallerAtLeast()
    {
        var stored = Convert.FromBase64String(FormatTwoTrace);

        var encoded = TraceBinary.Encode(TraceBinary.Decode(stored));

        Assert.True(encoded.Length <= stored.Length * 0.8, $"{encoded.Length} bytes in format 3, {stored.Length} in format 2");
    }

    [Fact]
    public void Decode_FormatTwoTrace_EveryFactTypeAndKeyIsInTheStaticTable()
    {
        var facts = TraceBinary.Decode(Convert.FromBase64String(FormatTwoTrace)).Details!.Facts;

        var names = facts.SelectMany(f => f.Fields.Select(field => field.Key).Append(f.Type)).Distinct();

        Assert.All(names, name => Assert.True(TraceStaticTable.IndexOf(name) >= 0, name));
    }

    [Fact]
    public void Decode_FormatThreeTrace_GivesItsJsonOfThen()
    {
        var stored = Convert.FromBase64String(FormatThreeTrace);

        var json = TraceJson.Serialize(TraceBinary.Decode(stored));

        Assert.Equal(3, stored[0]);
        Assert.Equal(FormatTwoJsonSha256, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json))));
    }

    [Fact]
    public void Encode_FormatThreeTraceWithItsRuleNamesInTheVocabulary_SmallerAndTheSameJson()
    {
        var stored = Convert.FromBase64String(FormatThreeTrace);
        var trace = TraceBinary.Decode(stored);
        var vocabulary = new TraceVocabulary(trace.FiredRules.Distinct());

        var encoded = TraceBinary.Encode(trace, vocabulary);

        Assert.Equal(TraceBinary.FormatVersion, encoded[0]);
        Assert.Equal(TraceJson.Serialize(trace), TraceJson.Serialize(TraceBinary.Decode(encoded, vocabulary)));
        var ruleNameBytes = trace.FiredRules.Distinct().Sum(Encoding.UTF8.GetByteCount);
        // Smaller by about the rule names: three tables interleaved make a few more references take two bytes.
        Assert.True(encoded.Length <= stored.Length - (ruleNameBytes * 9 / 10), $"{encoded.Length} bytes in format 4, {stored.Length} in format 3, rule names {ruleNameBytes}");
    }
}
