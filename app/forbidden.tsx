import { StatusPage } from "@/components/ui/status-page";

export default function Forbidden() {
  return (
    <StatusPage code="403" title="Недостаточно прав">
      Этот раздел недоступен для вашей роли. Если он нужен вам для работы, обратитесь к руководителю организации.
    </StatusPage>
  );
}
