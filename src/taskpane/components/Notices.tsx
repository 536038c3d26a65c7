/**
 * What a job did not do as planned and what the user can do about it (for example printing Excel did
 * not set to one page wide), one warning each. Nothing is shown when there is nothing to say.
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Bilingual } from "../../core/messages";
import { useI18n } from "../i18n";

export function Notices(props: { readonly notices?: readonly Bilingual[]; readonly testId: string }) {
  const { language } = useI18n();
  if (!props.notices || props.notices.length === 0) return null;
  return (
    <>
      {props.notices.map((notice, i) => (
        <MessageBar key={i} layout="multiline" intent="warning" data-testid={props.testId}>
          <MessageBarBody>{notice[language]}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
