import { Field, Select } from "@fluentui/react-components";
import type { Language } from "../../core/messages";
import { useI18n } from "../i18n";

export function LanguageSelect() {
  const { language, setLanguage, t } = useI18n();
  return (
    <Field label={t("ui.language")} orientation="horizontal">
      <Select
        value={language}
        onChange={(_event, data) => setLanguage(data.value === "en" ? "en" : "ja")}
        data-testid="language-select"
      >
        {(["ja", "en"] satisfies Language[]).map((option) => (
          <option key={option} value={option}>
            {t(`ui.language.${option}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
