import { Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Host } from "../host";
import { useI18n } from "../i18n";

/** Says plainly whether the pane is connected to a workbook. */
export function HostStatus(props: { host: Host | undefined }) {
  const { t } = useI18n();
  if (!props.host) return null;
  if (props.host.kind === "excel") {
    return (
      <MessageBar layout="multiline" intent="success" data-testid="host-status" data-host="excel">
        <MessageBarBody>{t("ui.host.excel")}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar layout="multiline" intent="warning" data-testid="host-status" data-host="none">
      <MessageBarBody>
        {t("ui.host.none")}{" "}
        {/* The preview is served beside the pane: the same jobs on an in-memory workbook, without Excel. */}
        <Link href="preview.html" data-testid="host-preview-link">
          {t("ui.host.tryPreview")}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
}
