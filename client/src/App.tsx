import { Route, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/AuthContext';
import { ChangesPage } from './changes/ChangesPage';
import { RequireAuth } from './auth/RequireAuth';
import { LiveProvider } from './live/LiveProvider';
import { DocumentsPage } from './pages/DocumentsPage';
import { FocalPointsPage } from './pages/FocalPointsPage';
import { MatrixPage } from './pages/MatrixPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OpenRoundPage } from './pages/OpenRoundPage';
import { QuestionsPage } from './pages/QuestionsPage';
import { SignInPage } from './pages/SignInPage';
import { ReaderPage } from './reader/ReaderPage';

export function App() {
  return (
    <AuthProvider>
      <LiveProvider>
        <Routes>
          <Route path="/signin" element={<SignInPage />} />
          <Route element={<RequireAuth />}>
            <Route path="/" element={<DocumentsPage />} />
            <Route path="/documents/:id" element={<ReaderPage />} />
            <Route path="/documents/:id/versions/:rev" element={<ReaderPage />} />
            <Route path="/documents/:id/changes" element={<ChangesPage />} />
            <Route path="/documents/:id/rounds/:roundId/matrix" element={<MatrixPage />} />
            <Route path="/documents/:id/rounds/new" element={<OpenRoundPage />} />
            <Route path="/documents/:id/rounds/:roundId/questions" element={<QuestionsPage />} />
            <Route path="/documents/:id/focal-points" element={<FocalPointsPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </LiveProvider>
    </AuthProvider>
  );
}
