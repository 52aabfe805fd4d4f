import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return (
    <StatusPage code="404" title="Страница не найдена">
      Такой страницы нет, или у вас нет к ней доступа. Проверьте адрес или вернитесь на главную.
    </StatusPage>
  );
}
