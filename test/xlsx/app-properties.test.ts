/** docProps/app.xml keeps listing every sheet when one is added in place (the validator warned otherwise). */
import { withSheetTitles } from "../../src/xlsx/patch/app-properties";

// As Japanese Excel writes it: worksheets first, then named ranges (a print title).
const JAPANESE =
  '<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant">' +
  "<vt:variant><vt:lpstr>ワークシート</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>" +
  "<vt:variant><vt:lpstr>名前付き一覧</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>" +
  '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr">' +
  "<vt:lpstr>総務部</vt:lpstr><vt:lpstr>市民部</vt:lpstr><vt:lpstr>総務部!Print_Titles</vt:lpstr>" +
  "</vt:vector></TitlesOfParts></Properties>";

it("adds the new sheets after the worksheets, before the named ranges, and counts them", () => {
  const out = withSheetTitles(JAPANESE, ["Tassei ログ"]);
  expect(out).toContain("<vt:lpstr>ワークシート</vt:lpstr></vt:variant><vt:variant><vt:i4>3</vt:i4>");
  expect(out).toContain("<vt:lpstr>名前付き一覧</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4>");
  expect(out).toContain(
    '<vt:vector size="4" baseType="lpstr"><vt:lpstr>総務部</vt:lpstr><vt:lpstr>市民部</vt:lpstr><vt:lpstr>Tassei ログ</vt:lpstr><vt:lpstr>総務部!Print_Titles</vt:lpstr></vt:vector>',
  );
});

it("leaves a part it does not recognise as it is", () => {
  const odd = "<Properties><TitlesOfParts/></Properties>";
  expect(withSheetTitles(odd, ["X"])).toBe(odd);
});
