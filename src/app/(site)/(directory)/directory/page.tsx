import { redirect } from 'next/navigation'

/** `/directory` on its own is the directory's landing page. */
export default function DirectoryRoot() {
  redirect('/')
}
